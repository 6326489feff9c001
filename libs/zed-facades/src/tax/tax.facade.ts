import { Injectable } from '@nestjs/common';
import { TaxSetReader } from './persistence/tax-set.reader.js';
import type { TaxSetTransfer } from './transfer/tax-set.transfer.js';

/**
 * Tax sets and their per-country rates, and which set each abstract product is taxed by (its concrete
 * products share it). Rates are decimal strings with two places, so that tax computations stay exact.
 */
@Injectable()
export class TaxFacade {
  constructor(private readonly taxSetReader: TaxSetReader) {}

  /** The tax set of each abstract product that has one; products without one are not in the map. */
  getTaxSetsByAbstractIds(idsAbstract: readonly number[]): Promise<ReadonlyMap<number, TaxSetTransfer>> {
    return this.taxSetReader.getTaxSetsByAbstractIds(idsAbstract);
  }
}
