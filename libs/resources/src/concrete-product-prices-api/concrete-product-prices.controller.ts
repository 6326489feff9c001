import { Get, Param } from '@nestjs/common';
import {
  collection,
  Glue,
  GlueResource,
  Public,
  PublicCache,
  type GlueCollection,
  type GlueRequest,
} from '#glue-core';
import {
  CONCRETE_PRODUCTS_TYPE,
  requestCurrency,
  requestLocale,
  requireActiveProduct,
} from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import {
  CONCRETE_PRODUCT_PRICES_TYPE,
  ConcreteProductPricesAttributesSchema,
  type ConcreteProductPricesAttributes,
} from './concrete-product-prices.mapper.js';
import { ConcreteProductConcreteProductPricesRelationship } from './relationships/concrete-product-concrete-product-prices.relationship.js';

/**
 * The prices of an active concrete product in the request's store and currency (`currency=…`, else the
 * store's default), a price type it has no own price for inherited from its abstract: a collection of
 * one resource whose id is the sku, as Glue answers.
 */
@GlueResource({
  type: CONCRETE_PRODUCT_PRICES_TYPE,
  noun: { one: 'a price of a concrete product', many: 'the prices of a concrete product' },
  path: `${CONCRETE_PRODUCTS_TYPE}/:sku/${CONCRETE_PRODUCT_PRICES_TYPE}`,
  attributes: ConcreteProductPricesAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductPricesController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly relationship: ConcreteProductConcreteProductPricesRelationship,
  ) {}

  @Get()
  @Public()
  @PublicCache()
  async list(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueCollection<ConcreteProductPricesAttributes>> {
    requestCurrency(request); // a bad currency is the request's fault, before any lookup
    const [found] = await this.productFacade.findConcreteProductsBySkus([sku], requestLocale(request));
    const product = requireActiveProduct(found, 'Concrete product', sku);
    const resources = (await this.relationship.ofProducts([product], request)).get(product.sku) ?? [];
    return collection(resources, resources.length);
  }
}
