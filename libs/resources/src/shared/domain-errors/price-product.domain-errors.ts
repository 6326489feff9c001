import { glueDomainErrors, GlueErrorCode, GlueHttpException } from '#glue-core';
import { CatalogApiErrorCode, CURRENCY_PARAMETER } from '#resources/shared/catalog';
import { CatalogStorageErrorCode, CatalogStorageException } from '#zed-facades/catalog-storage';
import { PriceProductErrorCode, PriceProductException } from '#zed-facades/price-product';
import { invalidAttribute } from './domain-error.answers.js';

/** The 400 `313` of a `currency` the store does not offer, as Glue answers it ("Currency is invalid"). */
function currencyNotInStore(error: Error): GlueHttpException {
  return GlueHttpException.invalidParameter(
    CURRENCY_PARAMETER,
    error.message,
    CatalogApiErrorCode.InvalidCurrency,
  );
}

/**
 * Price domain errors as the storefront's prices answer them: a `currency` the store does not offer
 * is a bad `currency` query parameter (400, Glue's `313` "Currency is invalid"), like one that is no
 * ISO 4217 code. The price writes (no route yet) answer as an attribute's 422 and an unknown product's 404.
 */
export const PRICE_PRODUCT_ERRORS = glueDomainErrors(PriceProductException, {
  [PriceProductErrorCode.CURRENCY_NOT_IN_STORE]: currencyNotInStore,
  [PriceProductErrorCode.PRODUCT_NOT_FOUND]: (error) => GlueHttpException.notFound(error.message),
  [PriceProductErrorCode.INVALID_AMOUNT]: (error) =>
    invalidAttribute(error.message, GlueErrorCode.ValidationFailed, error.field ?? 'grossAmount'),
});

/** The published catalog's errors: the same currency rule as the price domain's. */
export const CATALOG_STORAGE_ERRORS = glueDomainErrors(CatalogStorageException, {
  [CatalogStorageErrorCode.CURRENCY_NOT_IN_STORE]: currencyNotInStore,
});
