import { Get, Param } from '@nestjs/common';
import { collection, GlueResource, Scopes, type GlueCollection } from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { CONCRETE_PRODUCTS_TYPE, findProductConcreteOrFail } from '#resources/shared/catalog';
import { PriceProductFacade } from '#zed-facades/price-product';
import { ProductFacade } from '#zed-facades/product';
import {
  PRODUCT_PRICES_TYPE,
  ProductPriceAttributesSchema,
  toProductPriceResources,
  type ProductPriceAttributes,
} from './product-prices.mapper.js';

/**
 * `GET /concrete-products/{sku}/product-prices`: every price of a concrete product in every store,
 * currency and price type, the ones it inherits from its abstract included (`isInherited`). Needs
 * `products:read`.
 */
@GlueResource({
  type: PRODUCT_PRICES_TYPE,
  noun: { one: 'a price of a concrete product', many: 'the prices of a concrete product' },
  path: 'concrete-products/:sku/product-prices',
  attributes: ProductPriceAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductProductPricesController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly priceProductFacade: PriceProductFacade,
  ) {}

  @Get()
  @Scopes(BackOfficeScope.ProductsRead)
  async list(@Param('sku') sku: string): Promise<GlueCollection<ProductPriceAttributes>> {
    const { idProductConcrete } = await findProductConcreteOrFail(this.productFacade, sku);
    const prices = await this.priceProductFacade.getConcretePricesOfEveryStore([idProductConcrete]);
    const resources = toProductPriceResources(CONCRETE_PRODUCTS_TYPE, sku, prices.get(idProductConcrete));
    return collection(resources, resources.length);
  }
}
