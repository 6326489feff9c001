import { Injectable } from '@nestjs/common';
import { PriceWriter } from './business/price.writer.js';
import { PriceProductReader, type StorePrices } from './persistence/price-product.reader.js';
import { PriceProductErrorCode, PriceProductException } from './price-product.exception.js';
import type { PriceInput, PriceTransfer, StorePriceTransfer } from './transfer/price.transfer.js';

/**
 * Product prices. The storefront reads one store in one currency: `currencyCode`, or the store's
 * default currency without it (Glue's "current currency"); a currency the store does not offer throws
 * `PriceProductException` (`CURRENCY_NOT_IN_STORE`). The back office reads every store and currency.
 * Both share one query and one inheritance rule. Maps carry an entry (possibly empty) for every
 * requested id; each list is ordered by store name, currency code, then price type. One query per
 * call, whatever the number of ids.
 */
@Injectable()
export class PriceProductFacade {
  constructor(
    private readonly priceProductReader: PriceProductReader,
    private readonly priceWriter: PriceWriter,
  ) {}

  /**
   * Sets an abstract product's price in one store, currency and price type (volume tiers stay), and
   * publishes the product's storefront documents in the same transaction. Throws `PriceProductException`:
   * `PRODUCT_NOT_FOUND`, `CURRENCY_NOT_IN_STORE`, `INVALID_AMOUNT`.
   */
  setAbstractPrice(input: PriceInput): Promise<void> {
    return this.priceWriter.setPrice('abstract', input);
  }

  /** As `setAbstractPrice`, for a concrete product's own price. */
  setConcretePrice(input: PriceInput): Promise<void> {
    return this.priceWriter.setPrice('concrete', input);
  }

  async getAbstractPrices(
    idsAbstract: readonly number[],
    storeName: string,
    currencyCode?: string,
  ): Promise<ReadonlyMap<number, readonly PriceTransfer[]>> {
    const prices = await this.priceProductReader.getAbstractPrices(
      idsAbstract,
      storeName,
      currencyCode ?? null,
    );
    return offeredPrices(prices, storeName, currencyCode);
  }

  /** A concrete without its own price for a price type inherits its abstract's. */
  async getConcretePrices(
    idsConcrete: readonly number[],
    storeName: string,
    currencyCode?: string,
  ): Promise<ReadonlyMap<number, readonly PriceTransfer[]>> {
    const prices = await this.priceProductReader.getConcretePrices(
      idsConcrete,
      storeName,
      currencyCode ?? null,
    );
    return offeredPrices(prices, storeName, currencyCode);
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

function offeredPrices(
  prices: StorePrices | null,
  storeName: string,
  currencyCode: string | undefined,
): StorePrices {
  if (prices !== null) return prices;
  throw new PriceProductException(
    PriceProductErrorCode.CURRENCY_NOT_IN_STORE,
    currencyCode === undefined
      ? `Store "${storeName}" does not exist.`
      : `Store "${storeName}" does not offer the currency "${currencyCode}".`,
    'currencyCode',
  );
}
