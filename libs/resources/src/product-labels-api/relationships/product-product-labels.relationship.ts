import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, CONCRETE_PRODUCTS_TYPE, requestLocale } from '#resources/shared/catalog';
import { ProductLabelFacade } from '#zed-facades/product-label';
import type { AbstractProductTransfer, ConcreteProductTransfer } from '#zed-facades/product';
import { PRODUCT_LABELS_TYPE, toProductLabelResource } from '../product-labels.mapper.js';

type ProductParent = GlueResourceObject<object, AbstractProductTransfer | ConcreteProductTransfer>;

/** The shown labels of each parent product (a concrete has its abstract's), one query for every parent. */
async function loadLabels(
  facade: ProductLabelFacade,
  parents: readonly ProductParent[],
  request: GlueRequest,
): Promise<GlueRelatedResources> {
  const products = parentSources(parents, PRODUCT_LABELS_TYPE);
  const labels = await facade.getProductLabelsByAbstractIds(
    [...new Set(products.map((product) => product.idProductAbstract))],
    requestLocale(request),
  );
  return new Map(
    products.map((product) => [
      product.sku,
      (labels.get(product.idProductAbstract) ?? []).map(toProductLabelResource),
    ]),
  );
}

/** `abstract-products` → its `product-labels`, ordered by position. No `links.related`: Glue has none. */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: PRODUCT_LABELS_TYPE })
export class AbstractProductProductLabelsRelationship implements GlueRelationshipLoader<ProductParent> {
  constructor(private readonly productLabelFacade: ProductLabelFacade) {}

  load(parents: readonly ProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return loadLabels(this.productLabelFacade, parents, request);
  }
}

/** `concrete-products` → the `product-labels` of its abstract product, as Glue relates them. */
@GlueRelationship({ parentType: CONCRETE_PRODUCTS_TYPE, relatedType: PRODUCT_LABELS_TYPE })
export class ConcreteProductProductLabelsRelationship implements GlueRelationshipLoader<ProductParent> {
  constructor(private readonly productLabelFacade: ProductLabelFacade) {}

  load(parents: readonly ProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return loadLabels(this.productLabelFacade, parents, request);
  }
}
