import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, requestLocale, type ImageSetsAttributes } from '#resources/shared/catalog';
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

  load(parents: readonly AbstractProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return this.ofProducts(parentSources(parents, ABSTRACT_PRODUCT_IMAGE_SETS_TYPE), request);
  }

  /** By sku: what the relationship links, and what the child route answers for one product. */
  async ofProducts(
    products: readonly AbstractProductTransfer[],
    request: GlueRequest,
  ): Promise<ReadonlyMap<string, readonly GlueResourceObject<ImageSetsAttributes>[]>> {
    const imageSets = await this.productImageFacade.getAbstractImageSets(
      products.map((product) => product.idProductAbstract),
      requestLocale(request),
    );
    return new Map(
      products.map((product) => [
        product.sku,
        [toAbstractProductImageSetsResource(product.sku, imageSets.get(product.idProductAbstract) ?? [])],
      ]),
    );
  }

  relatedPath(parent: AbstractProductParent): string {
    return abstractProductImageSetsPath(parent.id);
  }
}
