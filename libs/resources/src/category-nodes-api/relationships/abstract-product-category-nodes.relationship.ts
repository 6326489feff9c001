import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, requestLocale } from '#resources/shared/catalog';
import { CategoryFacade } from '#zed-facades/category';
import type { AbstractProductTransfer } from '#zed-facades/product';
import { CATEGORY_NODES_TYPE, toCategoryNodeResource } from '../category-nodes.mapper.js';

type AbstractProductParent = GlueResourceObject<object, AbstractProductTransfer>;

/**
 * `abstract-products` → the active `category-nodes` of its categories, in the order the product was
 * assigned to them; one query for every parent. No `links.related`: there is no per-product URL for them.
 */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: CATEGORY_NODES_TYPE })
export class AbstractProductCategoryNodesRelationship implements GlueRelationshipLoader<AbstractProductParent> {
  constructor(private readonly categoryFacade: CategoryFacade) {}

  async load(parents: readonly AbstractProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    const sources = parentSources(parents, CATEGORY_NODES_TYPE);
    const nodes = await this.categoryFacade.getCategoryNodesByAbstractIds(
      sources.map((product) => product.idProductAbstract),
      requestLocale(request),
    );
    return new Map(
      sources.map((product) => [
        product.sku,
        (nodes.get(product.idProductAbstract) ?? [])
          .filter((node) => node.isActive)
          .map(toCategoryNodeResource),
      ]),
    );
  }
}
