import { GlueHttpException, type GlueRequest } from '#glue-core';
import { CatalogApiErrorCode } from './catalog-error-codes.js';

/** Glue's query parameter that picks the amounts prices are shown in. */
export const PRICE_MODE_PARAMETER = 'priceMode';

/** Gross prices (tax included) or net prices, as Glue names the two. */
export type PriceMode = 'GROSS_MODE' | 'NET_MODE';

const PRICE_MODES: readonly PriceMode[] = ['GROSS_MODE', 'NET_MODE'];

/** The store's price mode when the request names none (Glue's demo stores default to gross). */
export const DEFAULT_PRICE_MODE: PriceMode = 'GROSS_MODE';

/**
 * Glue's `priceMode=GROSS_MODE|NET_MODE` query parameter, or the default gross mode without it.
 * Anything else is 400 `314` on `priceMode`, as Glue answers it.
 */
export function requestPriceMode(request: Pick<GlueRequest, 'queryFields'>): PriceMode {
  const value = request.queryFields[PRICE_MODE_PARAMETER];
  if (value === undefined) return DEFAULT_PRICE_MODE;
  const mode = PRICE_MODES.find((each) => each === value);
  if (mode === undefined) {
    throw GlueHttpException.invalidParameter(
      PRICE_MODE_PARAMETER,
      'Price mode is invalid: priceMode takes GROSS_MODE or NET_MODE.',
      CatalogApiErrorCode.InvalidPriceMode,
    );
  }
  return mode;
}
