import type { GlueResourceObject } from '#glue-core';
import {
  concreteProductPath,
  ProductPricesAttributesSchema,
  toProductPricesAttributes,
  type ProductPricesAttributes,
} from '#resources/shared/catalog';
import type { PriceTransfer } from '#zed-facades/price-product';

export const CONCRETE_PRODUCT_PRICES_TYPE = 'concrete-product-prices';

/** Glue's `concrete-product-prices` attributes: `price` and `prices` in the request's currency. */
export const ConcreteProductPricesAttributesSchema = ProductPricesAttributesSchema;

export type ConcreteProductPricesAttributes = ProductPricesAttributes;

/** One resource per concrete product, its id the product's sku, as Glue does. */
export function toConcreteProductPricesResource(
  sku: string,
  prices: readonly PriceTransfer[],
): GlueResourceObject<ConcreteProductPricesAttributes> {
  return {
    type: CONCRETE_PRODUCT_PRICES_TYPE,
    id: sku,
    selfPath: concreteProductPricesPath(sku),
    attributes: toProductPricesAttributes(prices),
  };
}

/** `/concrete-products/{sku}/concrete-product-prices`. */
export function concreteProductPricesPath(sku: string): string {
  return `${concreteProductPath(sku)}/${CONCRETE_PRODUCT_PRICES_TYPE}`;
}
