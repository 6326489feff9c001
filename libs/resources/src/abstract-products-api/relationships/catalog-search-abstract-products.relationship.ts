import {
  GlueRelationship,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import {
  ABSTRACT_PRODUCTS_TYPE,
  CATALOG_SEARCH_SUGGESTIONS_TYPE,
  CATALOG_SEARCH_TYPE,
  requestLocale,
} from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import type { CatalogSearchResultTransfer, CatalogSuggestionTransfer } from '#zed-facades/catalog-search';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import { toAbstractProductResource } from '../abstract-products.mapper.js';

/**
 * The found abstract products of each parent, in the order found, as `abstract-products` resources:
 * one read of the published documents for every parent, whatever the page size. A product deactivated
 * since the search ran is left out.
 */
async function foundAbstractProducts<TParent extends GlueResourceObject<object>>(
  catalogStorage: CatalogStorageFacade,
  parents: readonly TParent[],
  skusOf: (parent: TParent) => readonly string[],
  request: GlueRequest,
): Promise<GlueRelatedResources> {
  const skus = [...new Set(parents.flatMap(skusOf))];
  const products = await catalogStorage.findAbstractProductsBySkus(
    skus,
    requestStore(request),
    requestLocale(request),
  );
  const bySku = new Map(
    products.filter((product) => product.isActive).map((product) => [product.sku, product]),
  );
  return new Map(
    parents.map((parent) => [
      parent.id,
      skusOf(parent).flatMap((sku) => {
        const product = bySku.get(sku);
        return product ? [toAbstractProductResource(product)] : [];
      }),
    ]),
  );
}

type CatalogSearchParent = GlueResourceObject<object, CatalogSearchResultTransfer>;

/** `catalog-search` → the abstract products of the page found (`include=abstract-products`). */
@GlueRelationship({ parentType: CATALOG_SEARCH_TYPE, relatedType: ABSTRACT_PRODUCTS_TYPE })
export class CatalogSearchAbstractProductsRelationship implements GlueRelationshipLoader<CatalogSearchParent> {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  load(parents: readonly CatalogSearchParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return foundAbstractProducts(
      this.catalogStorage,
      parents,
      (parent) => parent.source?.products.map((product) => product.abstractSku) ?? [],
      request,
    );
  }
}

type CatalogSuggestionsParent = GlueResourceObject<object, CatalogSuggestionTransfer>;

/** `catalog-search-suggestions` → the abstract products suggested (`include=abstract-products`). */
@GlueRelationship({ parentType: CATALOG_SEARCH_SUGGESTIONS_TYPE, relatedType: ABSTRACT_PRODUCTS_TYPE })
export class CatalogSearchSuggestionsAbstractProductsRelationship implements GlueRelationshipLoader<CatalogSuggestionsParent> {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  load(parents: readonly CatalogSuggestionsParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return foundAbstractProducts(
      this.catalogStorage,
      parents,
      (parent) => parent.source?.abstractProducts.map((product) => product.abstractSku) ?? [],
      request,
    );
  }
}
