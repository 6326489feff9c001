import { Get, Param } from '@nestjs/common';
import {
  collection,
  CollectionQuery,
  Glue,
  GlueResource,
  Public,
  PublicCache,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import { ProductFacade } from '#zed-facades/product';
import {
  ABSTRACT_PRODUCT_PARENT,
  productCollectionQuery,
  productPageCriteria,
  requestLocale,
} from '#resources/shared/catalog';
import {
  ABSTRACT_PRODUCTS_TYPE,
  AbstractProductAttributesSchema,
  toAbstractProductResource,
  type AbstractProductAttributes,
} from './abstract-products.mapper.js';

/** Storefront catalog: abstract products in the negotiated locale; inactive products do not exist here. */
@GlueResource({
  type: ABSTRACT_PRODUCTS_TYPE,
  noun: { one: 'an abstract product', many: 'the abstract products', by: 'SKU' },
  attributes: AbstractProductAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class AbstractProductsController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly catalogStorage: CatalogStorageFacade,
  ) {}

  @Get()
  @Public()
  @PublicCache()
  @CollectionQuery(productCollectionQuery({ defaultLimit: 12, maxLimit: 100 }))
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<AbstractProductAttributes>> {
    // The page's skus from the normalized tables (filters and sorts), its products from storage.
    const locale = requestLocale(request);
    const page = await this.productFacade.getAbstractProductSkuPage(
      productPageCriteria(request, { isActive: true }),
      locale,
    );
    const products = await this.catalogStorage.findAbstractProductsBySkus(
      page.items,
      requestStore(request),
      locale,
    );
    return collection(products.map(toAbstractProductResource), page.total);
  }

  @Get(':sku')
  @Public()
  @PublicCache()
  async get(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueResourceObject<AbstractProductAttributes>> {
    return toAbstractProductResource(await ABSTRACT_PRODUCT_PARENT.find(this.catalogStorage, sku, request));
  }
}
