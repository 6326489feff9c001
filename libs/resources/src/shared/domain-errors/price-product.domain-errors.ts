import { glueDomainErrors, GlueHttpException } from '#glue-core';
import { CatalogApiErrorCode, CURRENCY_PARAMETER } from '#resources/shared/catalog';
import { PriceProductErrorCode, PriceProductException } from '#zed-facades/price-product';

/**
 * Price domain errors as the storefront's prices answer them: a `currency` the store does not offer
 * is a bad `currency` query parameter (400, Glue's `313` "Currency is invalid"), like one that is no
 * ISO 4217 code.
 */
export const PRICE_PRODUCT_ERRORS = glueDomainErrors(PriceProductException, {
  [PriceProductErrorCode.CURRENCY_NOT_IN_STORE]: (error) =>
    GlueHttpException.invalidParameter(
      CURRENCY_PARAMETER,
      error.message,
      CatalogApiErrorCode.InvalidCurrency,
    ),
});
