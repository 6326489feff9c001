import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueResourceObject,
} from '#glue-core';
import { CONCRETE_PRODUCTS_TYPE } from '#resources/shared/catalog';
import type { ProductConcreteTransfer } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import { PRODUCT_STOCKS_TYPE, productStocksPath, toProductStockResources } from '../product-stocks.mapper.js';

type ConcreteProductParent = GlueResourceObject<object, ProductConcreteTransfer>;

/** `concrete-products` → its `product-stocks`, one per warehouse; one facade call for every parent. */
@GlueRelationship({ parentType: CONCRETE_PRODUCTS_TYPE, relatedType: PRODUCT_STOCKS_TYPE })
export class ConcreteProductProductStocksRelationship implements GlueRelationshipLoader<ConcreteProductParent> {
  constructor(private readonly stockFacade: StockFacade) {}

  async load(parents: readonly ConcreteProductParent[]): Promise<GlueRelatedResources> {
    const concretes = parentSources(parents, PRODUCT_STOCKS_TYPE);
    const stocks = await this.stockFacade.getStockProducts(
      concretes.map((concrete) => concrete.idProductConcrete),
    );
    return new Map(concretes.map((concrete) => [concrete.sku, toProductStockResources([concrete], stocks)]));
  }

  relatedPath(parent: ConcreteProductParent): string {
    return productStocksPath(CONCRETE_PRODUCTS_TYPE, parent.id);
  }
}
