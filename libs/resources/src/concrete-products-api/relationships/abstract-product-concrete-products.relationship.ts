import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, CONCRETE_PRODUCTS_TYPE, requestLocale } from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import type { AbstractProductTransfer } from '#zed-facades/product';
import { toConcreteProductResource } from '../concrete-products.mapper.js';

type AbstractProductParent = GlueResourceObject<object, AbstractProductTransfer>;

/**
 * `abstract-products` → its active `concrete-products`, ordered by sku (the abstract lists them): one
 * read of the published concretes for every parent.
 */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: CONCRETE_PRODUCTS_TYPE })
export class AbstractProductConcreteProductsRelationship implements GlueRelationshipLoader<AbstractProductParent> {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  async load(parents: readonly AbstractProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    const sources = parentSources(parents, CONCRETE_PRODUCTS_TYPE);
    const concretes = await this.catalogStorage.findConcreteProductsBySkus(
      [...new Set(sources.flatMap((product) => product.concreteProducts.map((concrete) => concrete.sku)))],
      requestStore(request),
      requestLocale(request),
    );
    const bySku = new Map(
      concretes.filter((concrete) => concrete.isActive).map((concrete) => [concrete.sku, concrete]),
    );
    return new Map(
      sources.map((product) => [
        product.sku,
        product.concreteProducts.flatMap((variant) => {
          const concrete = bySku.get(variant.sku);
          return concrete ? [toConcreteProductResource(concrete)] : [];
        }),
      ]),
    );
  }
}
