import type { GlueResourceObject } from '#glue-core';
import {
  abstractProductPath,
  toImageSetsAttributes,
  type ImageSetsAttributes,
} from '#resources/shared/catalog';
import type { ImageSetTransfer } from '#zed-facades/product-image';

export const ABSTRACT_PRODUCT_IMAGE_SETS_TYPE = 'abstract-product-image-sets';

/** As Glue: one resource per abstract product, its id the product's sku, holding every image set. */
export function toAbstractProductImageSetsResource(
  sku: string,
  imageSets: readonly ImageSetTransfer[],
): GlueResourceObject<ImageSetsAttributes> {
  return {
    type: ABSTRACT_PRODUCT_IMAGE_SETS_TYPE,
    id: sku,
    selfPath: abstractProductImageSetsPath(sku),
    attributes: toImageSetsAttributes(imageSets),
  };
}

/** `/abstract-products/{sku}/abstract-product-image-sets` */
export function abstractProductImageSetsPath(sku: string): string {
  return `${abstractProductPath(sku)}/${ABSTRACT_PRODUCT_IMAGE_SETS_TYPE}`;
}
