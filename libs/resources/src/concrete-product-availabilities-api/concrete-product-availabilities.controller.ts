import { Get, Header, Param } from '@nestjs/common';
import { collection, Glue, GlueResource, Public, type GlueCollection, type GlueRequest } from '#glue-core';
import {
  CATALOG_CACHE_CONTROL,
  CONCRETE_PRODUCTS_TYPE,
  requestLocale,
  requireActiveProduct,
} from '#resources/catalog-support';
import { requestStore } from '#resources/store-context';
import { ProductFacade } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import {
  CONCRETE_PRODUCT_AVAILABILITIES_TYPE,
  ConcreteProductAvailabilityAttributesSchema,
  toConcreteProductAvailabilityResources,
  type ConcreteProductAvailabilityAttributes,
} from './concrete-product-availabilities.mapper.js';

/**
 * The availability of an active concrete product in the request's store (the stock of the store's
 * active warehouses): a collection of one resource whose id is the sku, as Glue answers.
 */
@GlueResource({
  type: CONCRETE_PRODUCT_AVAILABILITIES_TYPE,
  path: `${CONCRETE_PRODUCTS_TYPE}/:sku/${CONCRETE_PRODUCT_AVAILABILITIES_TYPE}`,
  attributes: ConcreteProductAvailabilityAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductAvailabilitiesController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly stockFacade: StockFacade,
  ) {}

  @Get()
  @Public()
  @Header('Cache-Control', CATALOG_CACHE_CONTROL)
  async list(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueCollection<ConcreteProductAvailabilityAttributes>> {
    const [found] = await this.productFacade.findConcreteProductsBySkus([sku], requestLocale(request));
    const product = requireActiveProduct(found, 'Concrete product', sku);
    const availabilities = await this.stockFacade.getConcreteAvailabilities(
      [product.idProductConcrete],
      requestStore(request),
    );
    const resources = toConcreteProductAvailabilityResources(
      product.sku,
      availabilities.get(product.idProductConcrete),
    );
    return collection(resources, resources.length);
  }
}
