import type { GlueResourceObject } from '#glue-core';
import {
  concreteProductPath,
  toImageSetsAttributes,
  type ImageSetsAttributes,
} from '#resources/shared/catalog';
import type { ImageSetTransfer } from '#zed-facades/product-image';

export const CONCRETE_PRODUCT_IMAGE_SETS_TYPE = 'concrete-product-image-sets';

/** As Glue: one resource per concrete product, its id the product's sku, holding every image set. */
export function toConcreteProductImageSetsResource(
  sku: string,
  imageSets: readonly ImageSetTransfer[],
): GlueResourceObject<ImageSetsAttributes> {
  return {
    type: CONCRETE_PRODUCT_IMAGE_SETS_TYPE,
    id: sku,
    selfPath: concreteProductImageSetsPath(sku),
    attributes: toImageSetsAttributes(imageSets),
  };
}

/** `/concrete-products/{sku}/concrete-product-image-sets` */
export function concreteProductImageSetsPath(sku: string): string {
  return `${concreteProductPath(sku)}/${CONCRETE_PRODUCT_IMAGE_SETS_TYPE}`;
}
