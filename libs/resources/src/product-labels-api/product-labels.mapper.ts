import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import type { ProductLabelTransfer } from '#zed-facades/product-label';

export const PRODUCT_LABELS_TYPE = 'product-labels';

/** Glue's code for an unknown (or no longer shown) label, in Glue mode. */
export const PRODUCT_LABEL_NOT_FOUND_CODE = '1201';

/** Glue's `product-labels` attributes: `position` is the display priority, lowest first. */
export const ProductLabelAttributesSchema = Type.Object({
  name: Type.String(),
  isExclusive: Type.Boolean(),
  position: Type.Integer(),
  frontEndReference: Type.String(),
});

export type ProductLabelAttributes = Attributes<typeof ProductLabelAttributesSchema>;

export type ProductLabelResource = GlueResourceObject<ProductLabelAttributes>;

export function toProductLabelResource(label: ProductLabelTransfer): ProductLabelResource {
  return {
    type: PRODUCT_LABELS_TYPE,
    id: String(label.idProductLabel),
    selfPath: `/${PRODUCT_LABELS_TYPE}/${label.idProductLabel}`,
    attributes: {
      name: label.name,
      isExclusive: label.isExclusive,
      position: label.position,
      frontEndReference: label.frontEndReference,
    },
  };
}
