import { Get, Param } from '@nestjs/common';
import { collection, GlueResource, Scopes, type GlueCollection } from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { findProductOrFail } from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import {
  PRODUCT_STOCKS_TYPE,
  ProductStockAttributesSchema,
  toProductStockResources,
  type ProductStockAttributes,
} from './product-stocks.mapper.js';

/**
 * `GET /products/{sku}/product-stocks`: the stock of every concrete of a product in every warehouse,
 * ordered by concrete sku, then warehouse. Needs `products:read`.
 */
@GlueResource({
  type: PRODUCT_STOCKS_TYPE,
  noun: { one: 'a stock of a product', many: 'the stocks of a product' },
  path: 'products/:sku/product-stocks',
  attributes: ProductStockAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ProductProductStocksController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly stockFacade: StockFacade,
  ) {}

  @Get()
  @Scopes(BackOfficeScope.ProductsRead)
  async list(@Param('sku') sku: string): Promise<GlueCollection<ProductStockAttributes>> {
    const { concreteProducts } = await findProductOrFail(this.productFacade, sku);
    const stocks = await this.stockFacade.getStockProducts(
      concreteProducts.map((concrete) => concrete.idProductConcrete),
    );
    const resources = toProductStockResources(concreteProducts, stocks);
    return collection(resources, resources.length);
  }
}
