import { Injectable } from '@nestjs/common';
import { PriceProductReader } from './persistence/price-product.reader.js';
import type { PriceTransfer } from './transfer/price.transfer.js';

/**
 * Product prices per store and currency. Maps carry an entry (possibly empty) for every requested id;
 * each list is ordered by currency code, then price type. Without `currencyCode`, every currency of the store.
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
}
