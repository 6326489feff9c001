import { Get, Param } from '@nestjs/common';
import { collection, GlueResource, Scopes, type GlueCollection } from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { findProductConcreteOrFail } from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import {
  PRODUCT_STOCKS_TYPE,
  ProductStockAttributesSchema,
  toProductStockResources,
  type ProductStockAttributes,
} from './product-stocks.mapper.js';

/**
 * `GET /concrete-products/{sku}/product-stocks`: a concrete product's stock in every warehouse, ordered
 * by warehouse. Needs `products:read`.
 */
@GlueResource({
  type: PRODUCT_STOCKS_TYPE,
  noun: { one: 'a stock of a concrete product', many: 'the stocks of a concrete product' },
  path: 'concrete-products/:sku/product-stocks',
  attributes: ProductStockAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductProductStocksController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly stockFacade: StockFacade,
  ) {}

  @Get()
  @Scopes(BackOfficeScope.ProductsRead)
  async list(@Param('sku') sku: string): Promise<GlueCollection<ProductStockAttributes>> {
    const concrete = await findProductConcreteOrFail(this.productFacade, sku);
    const stocks = await this.stockFacade.getStockProducts([concrete.idProductConcrete]);
    const resources = toProductStockResources([concrete], stocks);
    return collection(resources, resources.length);
  }
}
