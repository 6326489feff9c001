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
  ABSTRACT_PRODUCTS_TYPE,
  requestCurrency,
  requestLocale,
  requireActiveProduct,
} from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import {
  ABSTRACT_PRODUCT_PRICES_TYPE,
  AbstractProductPricesAttributesSchema,
  type AbstractProductPricesAttributes,
} from './abstract-product-prices.mapper.js';
import { AbstractProductAbstractProductPricesRelationship } from './relationships/abstract-product-abstract-product-prices.relationship.js';

/**
 * The prices of an active abstract product in the request's store and currency (`currency=…`, else the
 * store's default): a collection of one resource whose id is the sku, as Glue answers.
 */
@GlueResource({
  type: ABSTRACT_PRODUCT_PRICES_TYPE,
  noun: { one: 'a price of an abstract product', many: 'the prices of an abstract product' },
  path: `${ABSTRACT_PRODUCTS_TYPE}/:sku/${ABSTRACT_PRODUCT_PRICES_TYPE}`,
  attributes: AbstractProductPricesAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class AbstractProductPricesController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly relationship: AbstractProductAbstractProductPricesRelationship,
  ) {}

  @Get()
  @Public()
  @PublicCache()
  async list(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueCollection<AbstractProductPricesAttributes>> {
    requestCurrency(request); // a bad currency is the request's fault, before any lookup
    const [found] = await this.productFacade.findAbstractProductsBySkus([sku], requestLocale(request));
    const product = requireActiveProduct(found, 'Abstract product', sku);
    const resources = (await this.relationship.ofProducts([product], request)).get(product.sku) ?? [];
    return collection(resources, resources.length);
  }
}
