import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import { productChildPath } from '#resources/shared/catalog';
import type { StorePriceTransfer } from '#zed-facades/price-product';

export const PRODUCT_PRICES_TYPE = 'product-prices';

/** Backend `product-prices` attributes: one price of one product in one store, currency and price type. */
export const ProductPriceAttributesSchema = Type.Object({
  /** The abstract or concrete product the price belongs to. */
  sku: Type.String(),
  store: Type.String({ examples: ['DE'] }),
  /** ISO 4217 code. */
  currency: Type.String({ examples: ['EUR'] }),
  priceType: Type.String({ examples: ['DEFAULT', 'ORIGINAL'] }),
  /** Minor units of the currency. */
  grossAmount: Type.Integer(),
  /** Minor units of the currency. */
  netAmount: Type.Integer(),
  /** A concrete's price taken from its abstract, which it has no price of its own to replace. */
  isInherited: Type.Boolean(),
  /** From `quantity` items on, each item costs these amounts (minor units); by ascending quantity. */
  volumePrices: Type.Array(
    Type.Object({ quantity: Type.Integer(), grossAmount: Type.Integer(), netAmount: Type.Integer() }),
  ),
});

export type ProductPriceAttributes = Attributes<typeof ProductPriceAttributesSchema>;

/**
 * A price of the product `sku`, whose resource type is `ownerType` (`products` or `concrete-products`).
 * The id `<sku>:<store>:<currency>:<priceType>` is stable and unique (skus hold no colon); the resource
 * lives in its product's `product-prices` collection.
 */
export function toProductPriceResource(
  ownerType: string,
  sku: string,
  price: StorePriceTransfer,
): GlueResourceObject<ProductPriceAttributes> {
  return {
    type: PRODUCT_PRICES_TYPE,
    id: `${sku}:${price.storeName}:${price.currency.code}:${price.priceTypeName}`,
    selfPath: productChildPath(ownerType, sku, PRODUCT_PRICES_TYPE),
    attributes: {
      sku,
      store: price.storeName,
      currency: price.currency.code,
      priceType: price.priceTypeName,
      grossAmount: price.grossAmount,
      netAmount: price.netAmount,
      isInherited: price.isInherited,
      volumePrices: price.volumePrices.map(({ quantity, grossAmount, netAmount }) => ({
        quantity,
        grossAmount,
        netAmount,
      })),
    },
  };
}

/** The prices of one product, as resources; none when the facade had no entry for it. */
export function toProductPriceResources(
  ownerType: string,
  sku: string,
  prices: readonly StorePriceTransfer[] | undefined,
): GlueResourceObject<ProductPriceAttributes>[] {
  return (prices ?? []).map((price) => toProductPriceResource(ownerType, sku, price));
}
