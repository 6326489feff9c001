import { Injectable } from '@nestjs/common';
import { GlueHttpException, type GlueRequest } from '#glue-core';
import {
  CatalogApiErrorCode,
  CURRENCY_PARAMETER,
  requestCurrency,
  requestLocale,
  requestPriceMode,
  type PriceMode,
} from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';

/** Where a search looks and what its prices are in. */
export interface CatalogSearchScope {
  readonly store: string;
  readonly locale: string;
  readonly currency: string;
  /** Decimals of the currency's minor unit (2 for EUR: `price[min]=9.99` is 999). */
  readonly fractionDigits: number;
  readonly priceMode: PriceMode;
}

/**
 * The store, locale, currency (`currency=…`, else the store's default) and price mode of a search
 * request. A currency the store does not offer is 400 `313` on `currency`, as the price resources
 * answer it, rather than an empty result that would hide the client's mistake.
 */
@Injectable()
export class CatalogSearchScopeReader {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  async read(request: GlueRequest): Promise<CatalogSearchScope> {
    const requested = requestCurrency(request);
    const priceMode = requestPriceMode(request);
    const storeName = requestStore(request);
    const store = await this.catalogStorage.findStore(storeName);
    const code = requested ?? store?.defaultCurrency;
    const fractionDigits = code === undefined ? undefined : store?.fractionDigits[code];
    if (code === undefined || fractionDigits === undefined || !store?.currencies.includes(code)) {
      throw GlueHttpException.invalidParameter(
        CURRENCY_PARAMETER,
        `Store "${storeName}" does not offer the currency "${code ?? ''}".`,
        CatalogApiErrorCode.InvalidCurrency,
      );
    }
    return {
      store: storeName,
      locale: requestLocale(request),
      currency: code,
      fractionDigits,
      priceMode,
    };
  }
}
