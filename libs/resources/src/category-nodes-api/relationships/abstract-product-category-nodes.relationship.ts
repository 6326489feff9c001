import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, requestLocale } from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade, type StoredAbstractProduct } from '#zed-facades/catalog-storage';
import { CATEGORY_NODES_TYPE, toCategoryNodeResource } from '../category-nodes.mapper.js';

/**
 * Storefront abstract products are published documents: they name the nodes of their categories (an
 * abstract product built from anything else has none to offer).
 */
type AbstractProductParent = GlueResourceObject<
  object,
  Pick<StoredAbstractProduct, 'sku'> & Partial<Pick<StoredAbstractProduct, 'categoryNodeIds'>>
>;

/**
 * `abstract-products` → the active `category-nodes` of its categories, in the order the product was
 * assigned to them; one read of the published nodes for every parent. No `links.related`: there is no
 * per-product URL for them.
 */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: CATEGORY_NODES_TYPE })
export class AbstractProductCategoryNodesRelationship implements GlueRelationshipLoader<AbstractProductParent> {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  async load(parents: readonly AbstractProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    const sources = parentSources(parents, CATEGORY_NODES_TYPE);
    const nodeIds = [...new Set(sources.flatMap((product) => (product.categoryNodeIds ?? []).map(String)))];
    const nodes = await this.catalogStorage.findCategoryNodesByIds(
      nodeIds,
      requestStore(request),
      requestLocale(request),
    );
    const active = new Map(
      nodes
        .filter((node) => node.isActive)
        .map((node) => [node.idCategoryNode, toCategoryNodeResource(node)]),
    );
    return new Map(
      sources.map((product) => [
        product.sku,
        (product.categoryNodeIds ?? []).flatMap((id) => {
          const resource = active.get(id);
          return resource ? [resource] : [];
        }),
      ]),
    );
  }
}
