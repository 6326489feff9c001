import { Type } from '@sinclair/typebox';
import { Nullable, type Attributes } from '#glue-core';
import { childAttributes, type PriceMode } from '#resources/shared/catalog';
import type { StoredPrice as PriceTransfer } from '#zed-facades/catalog-storage';

/** The price type whose amount in the request's price mode is Glue's `price`. */
const DEFAULT_PRICE_TYPE = 'DEFAULT';

/**
 * Glue's `abstract-product-prices` and `concrete-product-prices` attributes: the prices in the request's
 * currency (`currency=…`, else the store's default) and price mode (`priceMode=…`, else gross), amounts
 * in minor units of that currency. The amount of the other mode is null, as Glue sends it; volume
 * tiers carry both amounts, as Glue's do.
 */
export const ProductPricesAttributesSchema = Type.Object({
  price: Nullable(
    Type.Integer({ description: "The DEFAULT price's amount in the price mode, or null when unpriced." }),
  ),
  prices: Type.Array(
    Type.Object({
      priceTypeName: Type.String({ examples: ['DEFAULT', 'ORIGINAL'] }),
      netAmount: Nullable(Type.Integer({ description: 'Null in gross mode.' })),
      grossAmount: Nullable(Type.Integer({ description: 'Null in net mode.' })),
      currency: Type.Object({ code: Type.String(), name: Type.String(), symbol: Type.String() }),
      volumePrices: Type.Array(
        Type.Object({
          netAmount: Type.Integer(),
          grossAmount: Type.Integer(),
          quantity: Type.Integer({ description: 'From this many items on, each costs these amounts.' }),
        }),
      ),
    }),
  ),
});

export type ProductPricesAttributes = Attributes<typeof ProductPricesAttributesSchema>;

/** `prices` as the facade orders them (by price type); `price` from the DEFAULT one, in `mode`. */
export function toProductPricesAttributes(
  prices: readonly PriceTransfer[],
  mode: PriceMode,
): ProductPricesAttributes {
  const gross = mode === 'GROSS_MODE';
  const defaultPrice = prices.find((price) => price.priceTypeName === DEFAULT_PRICE_TYPE);
  const amountOf = (price: PriceTransfer): number => (gross ? price.grossAmount : price.netAmount);
  return {
    price: defaultPrice ? amountOf(defaultPrice) : null,
    prices: prices.map((price) => ({
      priceTypeName: price.priceTypeName,
      netAmount: gross ? null : price.netAmount,
      grossAmount: gross ? price.grossAmount : null,
      currency: price.currency,
      volumePrices: price.volumePrices.map(({ netAmount, grossAmount, quantity }) => ({
        netAmount,
        grossAmount,
        quantity,
      })),
    })),
  };
}

/** What the price facade found for a product, with the price mode of the request. */
export interface PricesInMode {
  readonly prices: readonly PriceTransfer[];
  readonly mode: PriceMode;
}

/** Either product's prices resource: a product the facade found no price for has one all the same. */
export const PRODUCT_PRICES_ATTRIBUTES = childAttributes(
  ProductPricesAttributesSchema,
  (found: PricesInMode | undefined) =>
    found ? toProductPricesAttributes(found.prices, found.mode) : { price: null, prices: [] },
);
