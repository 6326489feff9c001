import { Get, Param } from '@nestjs/common';
import { collection, GlueResource, Scopes, type GlueCollection } from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { findProductOrFail, PRODUCTS_TYPE } from '#resources/shared/catalog';
import { PriceProductFacade } from '#zed-facades/price-product';
import { ProductFacade } from '#zed-facades/product';
import {
  PRODUCT_PRICES_TYPE,
  ProductPriceAttributesSchema,
  toProductPriceResources,
  type ProductPriceAttributes,
} from './product-prices.mapper.js';

/**
 * `GET /products/{sku}/product-prices`: every price of an abstract product in every store, currency and
 * price type, ordered by store, currency and type. Needs `products:read`.
 */
@GlueResource({
  type: PRODUCT_PRICES_TYPE,
  noun: { one: 'a price of a product', many: 'the prices of a product' },
  path: 'products/:sku/product-prices',
  attributes: ProductPriceAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ProductProductPricesController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly priceProductFacade: PriceProductFacade,
  ) {}

  @Get()
  @Scopes(BackOfficeScope.ProductsRead)
  async list(@Param('sku') sku: string): Promise<GlueCollection<ProductPriceAttributes>> {
    const { idProductAbstract } = await findProductOrFail(this.productFacade, sku);
    const prices = await this.priceProductFacade.getAbstractPricesOfEveryStore([idProductAbstract]);
    const resources = toProductPriceResources(PRODUCTS_TYPE, sku, prices.get(idProductAbstract));
    return collection(resources, resources.length);
  }
}
