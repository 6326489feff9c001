import { Module } from '@nestjs/common';
import {
  BACK_OFFICE_CONCRETE_PRODUCT_PARENT,
  BACK_OFFICE_PRODUCT_PARENT,
  backOfficeProductChild,
  productChildren,
} from '#resources/shared/catalog';
import type { ProductParent } from '#resources/shared/catalog';
import { ProductModule } from '#zed-facades/product';
import { StockFacade, StockModule } from '#zed-facades/stock';
import {
  PRODUCT_STOCKS_TYPE,
  ProductStockAttributesSchema,
  toProductStockResources,
  type StockOwner,
} from './product-stocks.mapper.js';

/**
 * `<parent>/{sku}/product-stocks` and the relationship `<parent>` → `product-stocks`: the stock of
 * the parent's concretes in every warehouse, ordered by concrete, then warehouse, from one facade
 * call for every product. Needs `products:read`.
 */
function productStocks<TProduct extends { readonly sku: string }>(
  parent: ProductParent<TProduct>,
  source: {
    /** The concretes whose stock the product's `product-stocks` are. */
    readonly concretesOf: (product: TProduct) => readonly StockOwner[];
  },
) {
  return backOfficeProductChild(parent, {
    type: PRODUCT_STOCKS_TYPE,
    noun: { one: 'a stock', many: 'the stocks' },
    facade: StockFacade,
    attributes: ProductStockAttributesSchema,
    async load(facade, products) {
      const concretes = products.flatMap(source.concretesOf);
      const stocks = await facade.getStockProducts(concretes.map((concrete) => concrete.idProductConcrete));
      return new Map(
        products.map((product) => [
          product.sku,
          toProductStockResources(source.concretesOf(product), stocks),
        ]),
      );
    },
  });
}

/** `products/{sku}/product-stocks`: the stock of every concrete of the product. */
const PRODUCT_STOCKS_OF_PRODUCTS = productStocks(BACK_OFFICE_PRODUCT_PARENT, {
  concretesOf: (product) => product.concreteProducts,
});

/** `concrete-products/{sku}/product-stocks`: the concrete's own stock. */
const PRODUCT_STOCKS_OF_CONCRETE_PRODUCTS = productStocks(BACK_OFFICE_CONCRETE_PRODUCT_PARENT, {
  concretesOf: (concrete) => [concrete],
});

/**
 * Backend `product-stocks` under both `products` and `concrete-products`, as a child route and a
 * relationship of each (Glue naming: `ProductStocksBackendApi`).
 */
@Module({
  imports: [ProductModule, StockModule],
  ...productChildren(PRODUCT_STOCKS_OF_PRODUCTS, PRODUCT_STOCKS_OF_CONCRETE_PRODUCTS),
})
export class ProductStocksBackendApiModule {}
