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
    const page = await this.productFacade.getConcreteProductPage(
      productPageCriteria(request, { isActive: true }),
      requestLocale(request),
    );
    return collection(page.items.map(toConcreteProductResource), page.total);
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
