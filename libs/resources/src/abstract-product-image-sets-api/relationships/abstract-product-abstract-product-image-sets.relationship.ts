import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, requestLocale } from '#resources/catalog-support';
import type { AbstractProductTransfer } from '#zed-facades/product';
import { ProductImageFacade } from '#zed-facades/product-image';
import {
  ABSTRACT_PRODUCT_IMAGE_SETS_TYPE,
  abstractProductImageSetsPath,
  toAbstractProductImageSetsResource,
} from '../abstract-product-image-sets.mapper.js';

type AbstractProductParent = GlueResourceObject<object, AbstractProductTransfer>;

/** `abstract-products` → its `abstract-product-image-sets` (always one resource); one query for every parent. */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: ABSTRACT_PRODUCT_IMAGE_SETS_TYPE })
export class AbstractProductAbstractProductImageSetsRelationship implements GlueRelationshipLoader<AbstractProductParent> {
  constructor(private readonly productImageFacade: ProductImageFacade) {}

  async load(parents: readonly AbstractProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    const sources = parentSources(parents, ABSTRACT_PRODUCT_IMAGE_SETS_TYPE);
    const imageSets = await this.productImageFacade.getAbstractImageSets(
      sources.map((product) => product.idProductAbstract),
      requestLocale(request),
    );
    return new Map(
      sources.map((product) => [
        product.sku,
        [toAbstractProductImageSetsResource(product.sku, imageSets.get(product.idProductAbstract) ?? [])],
      ]),
    );
  }

  relatedPath(parent: AbstractProductParent): string {
    return abstractProductImageSetsPath(parent.id);
  }
}
