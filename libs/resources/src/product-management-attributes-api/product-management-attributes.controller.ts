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
} from '#glue-core';
import { requirePagination } from '#resources/shared/collection';
import { catalogNotFound } from '#resources/shared/catalog';
import { ProductAttributeFacade } from '#zed-facades/product-attribute';
import {
  ATTRIBUTE_NOT_FOUND_CODE,
  PRODUCT_MANAGEMENT_ATTRIBUTES_TYPE,
  ProductManagementAttributeAttributesSchema,
  toProductManagementAttributeResource,
  type ProductManagementAttributeAttributes,
  type ProductManagementAttributeResource,
} from './product-management-attributes.mapper.js';

/** The product attributes the catalog uses, ordered by key, each with every locale's texts. */
@GlueResource({
  type: PRODUCT_MANAGEMENT_ATTRIBUTES_TYPE,
  noun: { one: 'a product attribute', many: 'the product attributes', by: 'key' },
  attributes: ProductManagementAttributeAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ProductManagementAttributesController {
  constructor(private readonly productAttributeFacade: ProductAttributeFacade) {}

  @Get()
  @Public()
  @PublicCache()
  @CollectionQuery({ page: { defaultLimit: 100, maxLimit: 500 } })
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<ProductManagementAttributeAttributes>> {
    const { offset, limit } = requirePagination(request);
    const page = await this.productAttributeFacade.getProductManagementAttributes(offset, limit);
    return collection(page.attributes.map(toProductManagementAttributeResource), page.total);
  }

  @Get(':key')
  @Public()
  @PublicCache()
  async get(
    @Glue() request: GlueRequest,
    @Param('key') key: string,
  ): Promise<ProductManagementAttributeResource> {
    const [attribute] = await this.productAttributeFacade.findProductManagementAttributesByKeys([key]);
    if (!attribute) {
      throw catalogNotFound(`Product attribute "${key}" does not exist.`, ATTRIBUTE_NOT_FOUND_CODE);
    }
    return toProductManagementAttributeResource(attribute);
  }
}
