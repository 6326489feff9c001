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
import { ABSTRACT_PRODUCTS_TYPE, requestLocale, requireActiveProduct } from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import {
  ABSTRACT_PRODUCT_AVAILABILITIES_TYPE,
  AbstractProductAvailabilityAttributesSchema,
  type AbstractProductAvailabilityAttributes,
} from './abstract-product-availabilities.mapper.js';
import { AbstractProductAbstractProductAvailabilitiesRelationship } from './relationships/abstract-product-abstract-product-availabilities.relationship.js';

/**
 * The availability of an active abstract product in the request's store (the stock of its active
 * concretes in the store's active warehouses): a collection of one resource whose id is the sku, as
 * Glue answers.
 */
@GlueResource({
  type: ABSTRACT_PRODUCT_AVAILABILITIES_TYPE,
  noun: { one: 'the availability of an abstract product', many: 'the availabilities of an abstract product' },
  path: `${ABSTRACT_PRODUCTS_TYPE}/:sku/${ABSTRACT_PRODUCT_AVAILABILITIES_TYPE}`,
  attributes: AbstractProductAvailabilityAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class AbstractProductAvailabilitiesController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly relationship: AbstractProductAbstractProductAvailabilitiesRelationship,
  ) {}

  @Get()
  @Public()
  @PublicCache()
  async list(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueCollection<AbstractProductAvailabilityAttributes>> {
    const [found] = await this.productFacade.findAbstractProductsBySkus([sku], requestLocale(request));
    const product = requireActiveProduct(found, 'Abstract product', sku);
    const resources = (await this.relationship.ofProducts([product], request)).get(product.sku) ?? [];
    return collection(resources, resources.length);
  }
}
