import { Get, Param } from '@nestjs/common';
import { GlueResource, Scopes, type GlueResourceObject } from '#glue-core';
import { BackofficeScope } from '#resources/backoffice-access';
import { findProductConcreteOrFail } from '#resources/catalog-support';
import { ProductFacade } from '#zed-facades/product';
import {
  CONCRETE_PRODUCTS_TYPE,
  ConcreteProductAttributesSchema,
  toConcreteProductResource,
  type ConcreteProductAttributes,
} from './concrete-products.mapper.js';

/** Back-office concrete products (variants), every locale, active or not. Needs `products:read`. */
@GlueResource({
  type: CONCRETE_PRODUCTS_TYPE,
  attributes: ConcreteProductAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductsController {
  constructor(private readonly productFacade: ProductFacade) {}

  @Get(':sku')
  @Scopes(BackofficeScope.ProductsRead)
  async get(@Param('sku') sku: string): Promise<GlueResourceObject<ConcreteProductAttributes>> {
    return toConcreteProductResource(await findProductConcreteOrFail(this.productFacade, sku));
  }
}
