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
import { CONCRETE_PRODUCTS_TYPE, requestLocale, requireActiveProduct } from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import {
  CONCRETE_PRODUCT_AVAILABILITIES_TYPE,
  ConcreteProductAvailabilityAttributesSchema,
  type ConcreteProductAvailabilityAttributes,
} from './concrete-product-availabilities.mapper.js';
import { ConcreteProductConcreteProductAvailabilitiesRelationship } from './relationships/concrete-product-concrete-product-availabilities.relationship.js';

/**
 * The availability of an active concrete product in the request's store (the stock of the store's
 * active warehouses): a collection of one resource whose id is the sku, as Glue answers.
 */
@GlueResource({
  type: CONCRETE_PRODUCT_AVAILABILITIES_TYPE,
  noun: { one: 'the availability of a concrete product', many: 'the availabilities of a concrete product' },
  path: `${CONCRETE_PRODUCTS_TYPE}/:sku/${CONCRETE_PRODUCT_AVAILABILITIES_TYPE}`,
  attributes: ConcreteProductAvailabilityAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductAvailabilitiesController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly relationship: ConcreteProductConcreteProductAvailabilitiesRelationship,
  ) {}

  @Get()
  @Public()
  @PublicCache()
  async list(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueCollection<ConcreteProductAvailabilityAttributes>> {
    const [found] = await this.productFacade.findConcreteProductsBySkus([sku], requestLocale(request));
    const product = requireActiveProduct(found, 'Concrete product', sku);
    const resources = (await this.relationship.ofProducts([product], request)).get(product.sku) ?? [];
    return collection(resources, resources.length);
  }
}
