import type { GlueResourceObject } from '#glue-core';
import {
  abstractProductPath,
  ProductPricesAttributesSchema,
  toProductPricesAttributes,
  type ProductPricesAttributes,
} from '#resources/shared/catalog';
import type { PriceTransfer } from '#zed-facades/price-product';

export const ABSTRACT_PRODUCT_PRICES_TYPE = 'abstract-product-prices';

/** Glue's `abstract-product-prices` attributes: `price` and `prices` in the request's currency. */
export const AbstractProductPricesAttributesSchema = ProductPricesAttributesSchema;

export type AbstractProductPricesAttributes = ProductPricesAttributes;

/** One resource per abstract product, its id the product's sku, as Glue does. */
export function toAbstractProductPricesResource(
  sku: string,
  prices: readonly PriceTransfer[],
): GlueResourceObject<AbstractProductPricesAttributes> {
  return {
    type: ABSTRACT_PRODUCT_PRICES_TYPE,
    id: sku,
    selfPath: abstractProductPricesPath(sku),
    attributes: toProductPricesAttributes(prices),
  };
}

/** `/abstract-products/{sku}/abstract-product-prices`. */
export function abstractProductPricesPath(sku: string): string {
  return `${abstractProductPath(sku)}/${ABSTRACT_PRODUCT_PRICES_TYPE}`;
}
