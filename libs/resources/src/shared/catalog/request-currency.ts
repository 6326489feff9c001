import { GlueHttpException, type GlueRequest } from '#glue-core';
import { CatalogApiErrorCode } from './catalog-error-codes.js';

/** Glue's query parameter that picks the currency of prices. */
export const CURRENCY_PARAMETER = 'currency';
const ISO_4217 = /^[A-Z]{3}$/;

/**
 * Glue's `currency=<ISO 4217 code>` query parameter, or `undefined` for the store's default currency;
 * a malformed one is 400 `313` on `currency`, as Glue answers it.
 * Whether the store offers it is the price facade's to say (a currency it does not offer is
 * `PRICE_PRODUCT_ERRORS` in `#resources/shared/domain-errors`).
 */
export function requestCurrency(request: Pick<GlueRequest, 'queryFields'>): string | undefined {
  const value = request.queryFields[CURRENCY_PARAMETER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !ISO_4217.test(value)) {
    throw GlueHttpException.invalidParameter(
      CURRENCY_PARAMETER,
      'Currency is invalid: currency takes one ISO 4217 currency code, such as EUR.',
      CatalogApiErrorCode.InvalidCurrency,
    );
  }
  return value;
}
