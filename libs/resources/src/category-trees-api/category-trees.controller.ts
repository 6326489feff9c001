import { Get } from '@nestjs/common';
import {
  collection,
  Glue,
  GlueResource,
  Public,
  PublicCache,
  type GlueCollection,
  type GlueRequest,
} from '#glue-core';
import { requestLocale } from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import {
  CATEGORY_TREES_TYPE,
  CategoryTreeAttributesSchema,
  toCategoryTreeResource,
  type CategoryTreeAttributes,
} from './category-trees.mapper.js';

/** The storefront's category navigation: a collection of one tree, in the negotiated locale, as Glue. */
@GlueResource({
  type: CATEGORY_TREES_TYPE,
  noun: { one: 'a category tree', many: 'the category trees' },
  attributes: CategoryTreeAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class CategoryTreesController {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  @Get()
  @Public()
  @PublicCache()
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<CategoryTreeAttributes>> {
    const locale = requestLocale(request);
    const roots = await this.catalogStorage.getCategoryTree(requestStore(request), locale);
    return collection([toCategoryTreeResource(locale, roots)], 1);
  }
}
