import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import {
  ABSTRACT_PRODUCTS_TYPE,
  abstractProductPath,
  CONCRETE_PRODUCTS_TYPE,
  requestLocale,
} from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import type { ConcreteProductTransfer } from '#zed-facades/product';
import { toAbstractProductResource } from '../abstract-products.mapper.js';

type ConcreteProductParent = GlueResourceObject<object, ConcreteProductTransfer>;

/** `concrete-products` → the one active `abstract-products` it is a variant of; one read of the published abstracts for every parent. */
@GlueRelationship({
  parentType: CONCRETE_PRODUCTS_TYPE,
  relatedType: ABSTRACT_PRODUCTS_TYPE,
  cardinality: 'one',
})
export class ConcreteProductAbstractProductsRelationship implements GlueRelationshipLoader<ConcreteProductParent> {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  async load(parents: readonly ConcreteProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    const sources = parentSources(parents, ABSTRACT_PRODUCTS_TYPE);
    const abstracts = await this.catalogStorage.findAbstractProductsBySkus(
      [...new Set(sources.map((concrete) => concrete.abstractSku))],
      requestStore(request),
      requestLocale(request),
    );
    const bySku = new Map(
      abstracts.filter((product) => product.isActive).map((product) => [product.sku, product]),
    );
    return new Map(
      sources.map((concrete) => {
        const product = bySku.get(concrete.abstractSku);
        return [concrete.sku, product ? [toAbstractProductResource(product)] : []];
      }),
    );
  }

  relatedPath(parent: ConcreteProductParent): string | null {
    return parent.source ? abstractProductPath(parent.source.abstractSku) : null;
  }
}
