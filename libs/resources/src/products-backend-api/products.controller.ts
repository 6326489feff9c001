import { Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  collection,
  CollectionQuery,
  Glue,
  GlueAttributes,
  GlueResource,
  Scopes,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { findProductOrFail, productCollectionQuery, productPageCriteria } from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import { ProductCreateAttributes, ProductUpdateAttributes } from './dto/product.attributes.js';
import {
  PRODUCTS_TYPE,
  ProductAttributesSchema,
  toProductResource,
  type ProductAttributes,
} from './products.mapper.js';

/**
 * Back-office products: abstract products with their concrete products, every locale. Writes are
 * all-or-nothing (one transaction in the facade). Reads need `products:read`, writes
 * `products:write`.
 */
@GlueResource({
  type: PRODUCTS_TYPE,
  noun: { one: 'a product', many: 'the products', by: 'SKU' },
  attributes: ProductAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ProductsController {
  constructor(private readonly productFacade: ProductFacade) {}

  @Get()
  @Scopes(BackOfficeScope.ProductsRead)
  @CollectionQuery(productCollectionQuery({ defaultLimit: 20, maxLimit: 200 }, ['sku', 'isActive']))
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<ProductAttributes>> {
    const page = await this.productFacade.getProductPage(productPageCriteria(request));
    return collection(page.items.map(toProductResource), page.total);
  }

  @Get(':sku')
  @Scopes(BackOfficeScope.ProductsRead)
  async get(@Param('sku') sku: string): Promise<GlueResourceObject<ProductAttributes>> {
    return toProductResource(await findProductOrFail(this.productFacade, sku));
  }

  @Post()
  @Scopes(BackOfficeScope.ProductsWrite)
  async create(
    @GlueAttributes() attributes: ProductCreateAttributes,
  ): Promise<GlueResourceObject<ProductAttributes>> {
    const product = await this.productFacade.createProduct(attributes);
    return toProductResource(product);
  }

  @Patch(':sku')
  @Scopes(BackOfficeScope.ProductsWrite)
  async update(
    @Param('sku') sku: string,
    @GlueAttributes() attributes: ProductUpdateAttributes,
  ): Promise<GlueResourceObject<ProductAttributes>> {
    const product = await this.productFacade.updateProduct(sku, attributes);
    return toProductResource(product);
  }

  @Delete(':sku')
  @Scopes(BackOfficeScope.ProductsWrite)
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('sku') sku: string): Promise<void> {
    await this.productFacade.deleteProduct(sku);
  }
}
