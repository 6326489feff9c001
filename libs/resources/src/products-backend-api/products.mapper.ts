import { Type } from '@sinclair/typebox';
import { DateTime, formatDateTime, StringRecord, type Attributes, type GlueResourceObject } from '#glue-core';
import { catalogPath, LocalizedAttributesSchema, PRODUCTS_TYPE } from '#resources/shared/catalog';
import type { ProductTransfer } from '#zed-facades/product';

export { PRODUCTS_TYPE };

/** Backend `products` attributes: the abstract product with every locale and its concrete products. */
export const ProductAttributesSchema = Type.Object({
  sku: Type.String(),
  isActive: Type.Boolean(),
  attributes: StringRecord(),
  localizedAttributes: Type.Array(LocalizedAttributesSchema),
  concreteProducts: Type.Array(
    Type.Object({
      sku: Type.String(),
      isActive: Type.Boolean(),
      isDiscontinued: Type.Boolean(),
      attributes: StringRecord(),
      localizedAttributes: Type.Array(LocalizedAttributesSchema),
    }),
  ),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export type ProductAttributes = Attributes<typeof ProductAttributesSchema>;

/** Carries its transfer as `source`: the relationships of `products` batch on its ids. */
export type ProductResource = GlueResourceObject<ProductAttributes, ProductTransfer>;

export function toProductResource(product: ProductTransfer): ProductResource {
  return {
    type: PRODUCTS_TYPE,
    id: product.sku,
    selfPath: catalogPath(PRODUCTS_TYPE, product.sku),
    source: product,
    attributes: {
      sku: product.sku,
      isActive: product.isActive,
      attributes: product.attributes,
      localizedAttributes: product.localizedAttributes,
      concreteProducts: product.concreteProducts.map((concrete) => ({
        sku: concrete.sku,
        isActive: concrete.isActive,
        isDiscontinued: concrete.isDiscontinued,
        attributes: concrete.attributes,
        localizedAttributes: concrete.localizedAttributes,
      })),
      createdAt: formatDateTime(product.createdAt),
      updatedAt: formatDateTime(product.updatedAt),
    },
  };
}
