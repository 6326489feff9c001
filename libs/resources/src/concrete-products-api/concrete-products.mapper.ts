import { Type } from '@sinclair/typebox';
import { Nullable, StringRecord, type Attributes, type GlueResourceObject } from '#glue-core';
import { attributeNames, CONCRETE_PRODUCTS_TYPE, concreteProductPath } from '#resources/shared/catalog';
import type { ConcreteProductTransfer } from '#zed-facades/product';

export { CONCRETE_PRODUCTS_TYPE };

/** Glue's `concrete-products` attributes. */
export const ConcreteProductAttributesSchema = Type.Object({
  sku: Type.String(),
  productAbstractSku: Type.String(),
  name: Nullable(Type.String()),
  description: Nullable(Type.String()),
  attributes: StringRecord(),
  superAttributesDefinition: Type.Array(Type.String()),
  attributeNames: StringRecord(),
  isDiscontinued: Type.Boolean(),
  discontinuedNote: Nullable(Type.String()),
  metaTitle: Nullable(Type.String()),
  metaKeywords: Nullable(Type.String()),
  metaDescription: Nullable(Type.String()),
  averageRating: Nullable(Type.Number()),
  reviewCount: Type.Integer(),
});

export type ConcreteProductAttributes = Attributes<typeof ConcreteProductAttributesSchema>;

export type ConcreteProductResource = GlueResourceObject<ConcreteProductAttributes, ConcreteProductTransfer>;

export function toConcreteProductResource(product: ConcreteProductTransfer): ConcreteProductResource {
  return {
    type: CONCRETE_PRODUCTS_TYPE,
    id: product.sku,
    selfPath: concreteProductPath(product.sku),
    source: product,
    attributes: {
      sku: product.sku,
      productAbstractSku: product.abstractSku,
      name: product.name,
      description: product.description,
      attributes: product.attributes,
      superAttributesDefinition: product.superAttributeKeys,
      attributeNames: attributeNames(Object.keys(product.attributes)),
      isDiscontinued: product.isDiscontinued,
      discontinuedNote: null,
      metaTitle: product.metaTitle,
      metaKeywords: product.metaKeywords,
      metaDescription: product.metaDescription,
      averageRating: null,
      reviewCount: 0,
    },
  };
}
