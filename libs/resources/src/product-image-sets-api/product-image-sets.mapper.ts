import { Type } from '@sinclair/typebox';
import type { Attributes } from '#glue-core';
import { childAttributes } from '#resources/shared/catalog';
import type { StoredImageSet as ImageSetTransfer } from '#zed-facades/catalog-storage';

/** Glue's image set attributes, the same for `abstract-product-image-sets` and `concrete-product-image-sets`. */
export const ImageSetsAttributesSchema = Type.Object({
  imageSets: Type.Array(
    Type.Object({
      name: Type.String(),
      images: Type.Array(Type.Object({ externalUrlLarge: Type.String(), externalUrlSmall: Type.String() })),
    }),
  ),
});

export type ImageSetsAttributes = Attributes<typeof ImageSetsAttributesSchema>;

export function toImageSetsAttributes(imageSets: readonly ImageSetTransfer[]): ImageSetsAttributes {
  return {
    imageSets: imageSets.map(({ name, images }) => ({
      name,
      images: images.map(({ externalUrlLarge, externalUrlSmall }) => ({
        externalUrlLarge,
        externalUrlSmall,
      })),
    })),
  };
}

/** Either product's image sets resource: a product without images has one with an empty list. */
export const IMAGE_SETS_ATTRIBUTES = childAttributes(
  ImageSetsAttributesSchema,
  (imageSets: readonly ImageSetTransfer[] = []) => toImageSetsAttributes(imageSets),
);
