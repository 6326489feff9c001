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
import type { AbstractProductTransfer, ConcreteProductTransfer } from '#zed-facades/product';
import { PRODUCT_LABELS_TYPE, toProductLabelResource } from '../product-labels.mapper.js';

type ProductParent = GlueResourceObject<object, AbstractProductTransfer | ConcreteProductTransfer>;

/**
 * The shown labels of each parent product (a concrete has its abstract's), from the published documents
 * of their abstract products: one read for every parent.
 */
async function loadLabels(
  catalogStorage: CatalogStorageFacade,
  parents: readonly ProductParent[],
  request: GlueRequest,
): Promise<GlueRelatedResources> {
  const products = parentSources(parents, PRODUCT_LABELS_TYPE);
  const abstractSkuOf = (product: AbstractProductTransfer | ConcreteProductTransfer): string =>
    'abstractSku' in product ? product.abstractSku : product.sku;
  const labels = await catalogStorage.getShownProductLabels(
    [...new Set(products.map(abstractSkuOf))],
    requestStore(request),
    requestLocale(request),
  );
  return new Map(
    products.map((product) => [
      product.sku,
      (labels.get(abstractSkuOf(product)) ?? []).map(toProductLabelResource),
    ]),
  );
}

/** `abstract-products` → its `product-labels`, ordered by position. No `links.related`: Glue has none. */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: PRODUCT_LABELS_TYPE })
export class AbstractProductProductLabelsRelationship implements GlueRelationshipLoader<ProductParent> {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  load(parents: readonly ProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return loadLabels(this.catalogStorage, parents, request);
  }
}

/** `concrete-products` → the `product-labels` of its abstract product, as Glue relates them. */
@GlueRelationship({ parentType: CONCRETE_PRODUCTS_TYPE, relatedType: PRODUCT_LABELS_TYPE })
export class ConcreteProductProductLabelsRelationship implements GlueRelationshipLoader<ProductParent> {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  load(parents: readonly ProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return loadLabels(this.catalogStorage, parents, request);
  }
}
