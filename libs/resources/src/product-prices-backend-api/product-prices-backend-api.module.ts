import { Module } from '@nestjs/common';
import {
  BACK_OFFICE_CONCRETE_PRODUCT_PARENT,
  BACK_OFFICE_PRODUCT_PARENT,
  backOfficeProductChild,
  productChildren,
} from '#resources/shared/catalog';
import type { ProductParent } from '#resources/shared/catalog';
import { PriceProductFacade, PriceProductModule, type StorePriceTransfer } from '#zed-facades/price-product';
import { ProductModule } from '#zed-facades/product';
import {
  PRODUCT_PRICES_TYPE,
  ProductPriceAttributesSchema,
  toProductPriceResources,
} from './product-prices.mapper.js';

/**
 * `<parent>/{sku}/product-prices` and the relationship `<parent>` → `product-prices`: every price of
 * the product in every store, currency and price type, ordered by store, currency and type, from one
 * facade call for every product. Needs `products:read`.
 */
function productPrices<TProduct extends { readonly sku: string }>(
  parent: ProductParent<TProduct>,
  source: {
    /** One facade call for the products' ids (the parent's `id`). */
    readonly pricesOf: (
      facade: PriceProductFacade,
      ids: readonly number[],
    ) => Promise<ReadonlyMap<number, readonly StorePriceTransfer[]>>;
  },
) {
  return backOfficeProductChild(parent, {
    type: PRODUCT_PRICES_TYPE,
    noun: { one: 'a price', many: 'the prices' },
    facade: PriceProductFacade,
    attributes: ProductPriceAttributesSchema,
    async load(facade, products) {
      const prices = await source.pricesOf(facade, products.map(parent.id));
      return new Map(
        products.map((product) => [
          product.sku,
          toProductPriceResources(parent.type, product.sku, prices.get(parent.id(product))),
        ]),
      );
    },
  });
}

/** `products/{sku}/product-prices`: an abstract product's own prices. */
const PRODUCT_PRICES_OF_PRODUCTS = productPrices(BACK_OFFICE_PRODUCT_PARENT, {
  pricesOf: (facade, ids) => facade.getAbstractPricesOfEveryStore(ids),
});

/**
 * `concrete-products/{sku}/product-prices`: a concrete's prices, those it inherits from its abstract
 * (a price type it has no price of its own for) marked `isInherited`.
 */
const PRODUCT_PRICES_OF_CONCRETE_PRODUCTS = productPrices(BACK_OFFICE_CONCRETE_PRODUCT_PARENT, {
  pricesOf: (facade, ids) => facade.getConcretePricesOfEveryStore(ids),
});

/**
 * Backend `product-prices` under both `products` and `concrete-products`, as a child route and a
 * relationship of each (Glue naming: `ProductPricesBackendApi`).
 */
@Module({
  imports: [PriceProductModule, ProductModule],
  ...productChildren(PRODUCT_PRICES_OF_PRODUCTS, PRODUCT_PRICES_OF_CONCRETE_PRODUCTS),
})
export class ProductPricesBackendApiModule {}
