import { Get, Header, Param } from '@nestjs/common';
import { collection, Glue, GlueResource, Public, type GlueCollection, type GlueRequest } from '#glue-core';
import {
  CATALOG_CACHE_CONTROL,
  ABSTRACT_PRODUCTS_TYPE,
  requestCurrency,
  requestLocale,
  requireActiveProduct,
  throwPriceErrorAsGlueError,
} from '#resources/catalog-support';
import { requestStore } from '#resources/store-context';
import { PriceProductFacade } from '#zed-facades/price-product';
import { ProductFacade } from '#zed-facades/product';
import {
  ABSTRACT_PRODUCT_PRICES_TYPE,
  AbstractProductPricesAttributesSchema,
  toAbstractProductPricesResource,
  type AbstractProductPricesAttributes,
} from './abstract-product-prices.mapper.js';

/**
 * The prices of an active abstract product in the request's store and currency (`currency=…`, else the
 * store's default): a collection of one resource whose id is the sku, as Glue answers.
 */
@GlueResource({
  type: ABSTRACT_PRODUCT_PRICES_TYPE,
  path: `${ABSTRACT_PRODUCTS_TYPE}/:sku/${ABSTRACT_PRODUCT_PRICES_TYPE}`,
  attributes: AbstractProductPricesAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class AbstractProductPricesController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly priceProductFacade: PriceProductFacade,
  ) {}

  @Get()
  @Public()
  @Header('Cache-Control', CATALOG_CACHE_CONTROL)
  async list(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueCollection<AbstractProductPricesAttributes>> {
    const currency = requestCurrency(request);
    const [found] = await this.productFacade.findAbstractProductsBySkus([sku], requestLocale(request));
    const product = requireActiveProduct(found, 'Abstract product', sku);
    const prices = await this.priceProductFacade
      .getAbstractPrices([product.idProductAbstract], requestStore(request), currency)
      .catch(throwPriceErrorAsGlueError);
    return collection(
      [toAbstractProductPricesResource(product.sku, prices.get(product.idProductAbstract) ?? [])],
      1,
    );
  }
}
