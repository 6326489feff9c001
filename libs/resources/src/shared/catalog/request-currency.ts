import { GlueHttpException, type GlueRequest } from '#glue-core';
import { PriceProductErrorCode, PriceProductException } from '#zed-facades/price-product';

const CURRENCY_PARAMETER = 'currency';
const ISO_4217 = /^[A-Z]{3}$/;

/**
 * Glue's `currency=<ISO 4217 code>` query parameter, or `undefined` for the store's default currency.
 * Whether the store offers it is the price facade's to say (see `throwPriceErrorAsGlueError`).
 */
export function requestCurrency(request: Pick<GlueRequest, 'queryFields'>): string | undefined {
  const value = request.queryFields[CURRENCY_PARAMETER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !ISO_4217.test(value)) {
    throw GlueHttpException.invalidParameter(
      CURRENCY_PARAMETER,
      'currency takes one ISO 4217 currency code, such as EUR.',
    );
  }
  return value;
}

/**
 * Rethrows a price facade error as its HTTP error, anything else as it is:
 * `facade.getAbstractPrices(…).catch(throwPriceErrorAsGlueError)`.
 */
export function throwPriceErrorAsGlueError(error: unknown): never {
  throw toGlueException(error);
}

/** The one place price domain errors become HTTP errors; exhaustive over `PriceProductErrorCode`. */
function toGlueException(error: unknown): unknown {
  if (!(error instanceof PriceProductException)) return error;
  switch (error.code) {
    case PriceProductErrorCode.CURRENCY_NOT_IN_STORE:
      return GlueHttpException.invalidParameter(CURRENCY_PARAMETER, error.message);
  }
}
