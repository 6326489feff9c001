import { Get, Param } from '@nestjs/common';
import { GlueResource, Scopes, type GlueResourceObject } from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { findProductConcreteOrFail } from '#resources/shared/catalog';
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
  noun: { one: 'a concrete product', by: 'SKU' },
  attributes: ConcreteProductAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductsController {
  constructor(private readonly productFacade: ProductFacade) {}

  @Get(':sku')
  @Scopes(BackOfficeScope.ProductsRead)
  async get(@Param('sku') sku: string): Promise<GlueResourceObject<ConcreteProductAttributes>> {
    return toConcreteProductResource(await findProductConcreteOrFail(this.productFacade, sku));
  }
}
