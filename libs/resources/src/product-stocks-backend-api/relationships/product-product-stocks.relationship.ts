import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueResourceObject,
} from '#glue-core';
import { PRODUCTS_TYPE } from '#resources/shared/catalog';
import type { ProductTransfer } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import { PRODUCT_STOCKS_TYPE, productStocksPath, toProductStockResources } from '../product-stocks.mapper.js';

type ProductParent = GlueResourceObject<object, ProductTransfer>;

/**
 * `products` → the `product-stocks` of every concrete of each, per warehouse; one facade call for the
 * concretes of every parent (their ids are in the parents' transfers).
 */
@GlueRelationship({ parentType: PRODUCTS_TYPE, relatedType: PRODUCT_STOCKS_TYPE })
export class ProductProductStocksRelationship implements GlueRelationshipLoader<ProductParent> {
  constructor(private readonly stockFacade: StockFacade) {}

  async load(parents: readonly ProductParent[]): Promise<GlueRelatedResources> {
    const products = parentSources(parents, PRODUCT_STOCKS_TYPE);
    const stocks = await this.stockFacade.getStockProducts(
      products.flatMap((product) => product.concreteProducts.map((concrete) => concrete.idProductConcrete)),
    );
    return new Map(
      products.map((product) => [product.sku, toProductStockResources(product.concreteProducts, stocks)]),
    );
  }

  relatedPath(parent: ProductParent): string {
    return productStocksPath(PRODUCTS_TYPE, parent.id);
  }
}
