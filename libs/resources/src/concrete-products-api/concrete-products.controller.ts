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
import {
  CONCRETE_PRODUCT_PARENT,
  productCollectionQuery,
  productPageCriteria,
  requestLocale,
} from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import { ProductFacade } from '#zed-facades/product';
import {
  CONCRETE_PRODUCTS_TYPE,
  ConcreteProductAttributesSchema,
  toConcreteProductResource,
  type ConcreteProductAttributes,
} from './concrete-products.mapper.js';

/** Storefront catalog: concrete products (variants) in the negotiated locale. */
@GlueResource({
  type: CONCRETE_PRODUCTS_TYPE,
  noun: { one: 'a concrete product', many: 'the concrete products', by: 'SKU' },
  attributes: ConcreteProductAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductsController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly catalogStorage: CatalogStorageFacade,
  ) {}

  @Get()
  @Public()
  @PublicCache()
  @CollectionQuery(productCollectionQuery({ defaultLimit: 12, maxLimit: 100 }))
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<ConcreteProductAttributes>> {
    // The page's skus from the normalized tables (filters and sorts), its products from storage.
    const locale = requestLocale(request);
    const page = await this.productFacade.getConcreteProductSkuPage(
      productPageCriteria(request, { isActive: true }),
      locale,
    );
    const products = await this.catalogStorage.findConcreteProductsBySkus(
      page.items,
      requestStore(request),
      locale,
    );
    return collection(products.map(toConcreteProductResource), page.total);
  }

  @Get(':sku')
  @Public()
  @PublicCache()
  async get(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueResourceObject<ConcreteProductAttributes>> {
    return toConcreteProductResource(await CONCRETE_PRODUCT_PARENT.find(this.catalogStorage, sku, request));
  }
}
