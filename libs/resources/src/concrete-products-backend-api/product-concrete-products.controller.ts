import { Get, Param } from '@nestjs/common';
import { collection, GlueResource, Scopes, type GlueCollection } from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { findProductOrFail } from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import {
  CONCRETE_PRODUCTS_TYPE,
  ConcreteProductAttributesSchema,
  toConcreteProductResource,
  type ConcreteProductAttributes,
} from './concrete-products.mapper.js';

/** `GET /products/{sku}/concrete-products`: every variant of a product, ordered by sku. */
@GlueResource({
  type: CONCRETE_PRODUCTS_TYPE,
  noun: { one: 'a concrete product of a product', many: 'the concrete products of a product' },
  path: 'products/:sku/concrete-products',
  attributes: ConcreteProductAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ProductConcreteProductsController {
  constructor(private readonly productFacade: ProductFacade) {}

  @Get()
  @Scopes(BackOfficeScope.ProductsRead)
  async list(@Param('sku') sku: string): Promise<GlueCollection<ConcreteProductAttributes>> {
    const product = await findProductOrFail(this.productFacade, sku);
    return collection(
      product.concreteProducts.map(toConcreteProductResource),
      product.concreteProducts.length,
    );
  }
}
