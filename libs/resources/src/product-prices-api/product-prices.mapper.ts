import { Type } from '@sinclair/typebox';
import { Nullable, type Attributes } from '#glue-core';
import { childAttributes } from '#resources/shared/catalog';
import type { PriceTransfer } from '#zed-facades/price-product';

/** The price type whose gross amount is Glue's `price`. */
const DEFAULT_PRICE_TYPE = 'DEFAULT';

/**
 * Glue's `abstract-product-prices` and `concrete-product-prices` attributes: the prices in the request's
 * currency (`currency=…`, else the store's default), amounts in minor units of that currency.
 */
export const ProductPricesAttributesSchema = Type.Object({
  price: Nullable(Type.Integer({ description: 'The DEFAULT gross amount, or null when unpriced.' })),
  prices: Type.Array(
    Type.Object({
      priceTypeName: Type.String({ examples: ['DEFAULT', 'ORIGINAL'] }),
      netAmount: Type.Integer(),
      grossAmount: Type.Integer(),
      currency: Type.Object({ code: Type.String(), name: Type.String(), symbol: Type.String() }),
    }),
  ),
});

export type ProductPricesAttributes = Attributes<typeof ProductPricesAttributesSchema>;

/** `prices` as the facade orders them (by price type); `price` from the DEFAULT one. */
export function toProductPricesAttributes(prices: readonly PriceTransfer[]): ProductPricesAttributes {
  const defaultPrice = prices.find((price) => price.priceTypeName === DEFAULT_PRICE_TYPE);
  return {
    price: defaultPrice?.grossAmount ?? null,
    prices: prices.map((price) => ({
      priceTypeName: price.priceTypeName,
      netAmount: price.netAmount,
      grossAmount: price.grossAmount,
      currency: price.currency,
    })),
  };
}

/** Either product's prices resource: a product the facade found no price for has one all the same. */
export const PRODUCT_PRICES_ATTRIBUTES = childAttributes(
  ProductPricesAttributesSchema,
  (prices: readonly PriceTransfer[] = []) => toProductPricesAttributes(prices),
);
