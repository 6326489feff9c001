import { Injectable } from '@nestjs/common';
import { PriceProductReader } from './persistence/price-product.reader.js';
import type { PriceTransfer, StorePriceTransfer } from './transfer/price.transfer.js';

/**
 * Product prices per store and currency. Maps carry an entry (possibly empty) for every requested id;
 * each list is ordered by store name, currency code, then price type. Without `currencyCode`, every
 * currency of the store. One query per call, whatever the number of ids.
 */
@Injectable()
export class PriceProductFacade {
  constructor(private readonly priceProductReader: PriceProductReader) {}

  getAbstractPrices(
    idsAbstract: readonly number[],
    storeName: string,
    currencyCode?: string,
  ): Promise<ReadonlyMap<number, readonly PriceTransfer[]>> {
    return this.priceProductReader.getAbstractPrices(idsAbstract, storeName, currencyCode ?? null);
  }

  /** A concrete without its own price for a currency and type inherits its abstract's. */
  getConcretePrices(
    idsConcrete: readonly number[],
    storeName: string,
    currencyCode?: string,
  ): Promise<ReadonlyMap<number, readonly PriceTransfer[]>> {
    return this.priceProductReader.getConcretePrices(idsConcrete, storeName, currencyCode ?? null);
  }

  /** Every price of the abstracts, in every store, currency and price type (the back office's view). */
  getAbstractPricesOfEveryStore(
    idsAbstract: readonly number[],
  ): Promise<ReadonlyMap<number, readonly StorePriceTransfer[]>> {
    return this.priceProductReader.getAbstractStorePrices(idsAbstract);
  }

  /** Every price of the concretes in every store, currency and type, inherited ones marked `isInherited`. */
  getConcretePricesOfEveryStore(
    idsConcrete: readonly number[],
  ): Promise<ReadonlyMap<number, readonly StorePriceTransfer[]>> {
    return this.priceProductReader.getConcreteStorePrices(idsConcrete);
  }
}
