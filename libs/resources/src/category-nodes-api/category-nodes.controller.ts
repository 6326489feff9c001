import { Get, Param } from '@nestjs/common';
import { Glue, GlueResource, Public, PublicCache, type GlueRequest } from '#glue-core';
import { CatalogApiErrorCode, catalogNotFound, requestLocale } from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import {
  CATEGORY_NODES_TYPE,
  CategoryNodeAttributesSchema,
  toCategoryNodeResource,
  type CategoryNodeResource,
} from './category-nodes.mapper.js';

/**
 * One node of the category tree with its parents and its subtree, in the negotiated locale, as Glue;
 * an id that names no active node is 404 `703`, Glue's code.
 */
@GlueResource({
  type: CATEGORY_NODES_TYPE,
  noun: { one: 'a category node', by: 'node id' },
  attributes: CategoryNodeAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class CategoryNodesController {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  @Get(':nodeId')
  @Public()
  @PublicCache()
  async get(@Glue() request: GlueRequest, @Param('nodeId') nodeId: string): Promise<CategoryNodeResource> {
    const [node] = await this.catalogStorage.findCategoryNodesByIds(
      [nodeId],
      requestStore(request),
      requestLocale(request),
    );
    if (!node?.isActive) {
      throw catalogNotFound(
        `Category node "${nodeId}" does not exist.`,
        CatalogApiErrorCode.CategoryNodeNotFound,
      );
    }
    return toCategoryNodeResource(node);
  }
}
