import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { CONCRETE_PRODUCTS_TYPE, requestLocale, type ImageSetsAttributes } from '#resources/shared/catalog';
import type { ConcreteProductTransfer } from '#zed-facades/product';
import { ProductImageFacade } from '#zed-facades/product-image';
import {
  CONCRETE_PRODUCT_IMAGE_SETS_TYPE,
  concreteProductImageSetsPath,
  toConcreteProductImageSetsResource,
} from '../concrete-product-image-sets.mapper.js';

type ConcreteProductParent = GlueResourceObject<object, ConcreteProductTransfer>;

/** `concrete-products` → its `concrete-product-image-sets` (always one resource); one query for every parent. */
@GlueRelationship({ parentType: CONCRETE_PRODUCTS_TYPE, relatedType: CONCRETE_PRODUCT_IMAGE_SETS_TYPE })
export class ConcreteProductConcreteProductImageSetsRelationship implements GlueRelationshipLoader<ConcreteProductParent> {
  constructor(private readonly productImageFacade: ProductImageFacade) {}

  load(parents: readonly ConcreteProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return this.ofProducts(parentSources(parents, CONCRETE_PRODUCT_IMAGE_SETS_TYPE), request);
  }

  /** By sku: what the relationship links, and what the child route answers for one product. */
  async ofProducts(
    products: readonly ConcreteProductTransfer[],
    request: GlueRequest,
  ): Promise<ReadonlyMap<string, readonly GlueResourceObject<ImageSetsAttributes>[]>> {
    const imageSets = await this.productImageFacade.getConcreteImageSets(
      products.map((product) => product.idProductConcrete),
      requestLocale(request),
    );
    return new Map(
      products.map((product) => [
        product.sku,
        [toConcreteProductImageSetsResource(product.sku, imageSets.get(product.idProductConcrete) ?? [])],
      ]),
    );
  }

  relatedPath(parent: ConcreteProductParent): string {
    return concreteProductImageSetsPath(parent.id);
  }
}
