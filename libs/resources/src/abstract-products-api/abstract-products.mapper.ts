import { Type } from '@sinclair/typebox';
import { Nullable, StringRecord, type Attributes, type GlueResourceObject } from '#glue-core';
import type { AbstractProductTransfer } from '#zed-facades/product';
import { ABSTRACT_PRODUCTS_TYPE, abstractProductPath, attributeNames } from '#resources/shared/catalog';

export { ABSTRACT_PRODUCTS_TYPE };

/** Glue's `abstract-products` attributes. */
export const AbstractProductAttributesSchema = Type.Object({
  sku: Type.String(),
  name: Nullable(Type.String()),
  description: Nullable(Type.String()),
  attributes: StringRecord(),
  superAttributesDefinition: Type.Array(Type.String()),
  superAttributes: Type.Record(Type.String(), Type.Array(Type.String())),
  attributeMap: Type.Object({
    super_attributes: Type.Record(Type.String(), Type.Array(Type.String())),
    product_concrete_ids: Type.Array(Type.String()),
    attribute_variant_map: Type.Record(Type.String(), StringRecord()),
  }),
  attributeNames: StringRecord(),
  metaTitle: Nullable(Type.String()),
  metaKeywords: Nullable(Type.String()),
  metaDescription: Nullable(Type.String()),
  url: Nullable(Type.String()),
  averageRating: Nullable(Type.Number()),
  reviewCount: Type.Integer(),
});

export type AbstractProductAttributes = Attributes<typeof AbstractProductAttributesSchema>;

export type AbstractProductResource = GlueResourceObject<AbstractProductAttributes, AbstractProductTransfer>;

export function toAbstractProductResource(product: AbstractProductTransfer): AbstractProductResource {
  const superKeys = Object.keys(product.superAttributes);
  return {
    type: ABSTRACT_PRODUCTS_TYPE,
    id: product.sku,
    selfPath: abstractProductPath(product.sku),
    source: product,
    attributes: {
      sku: product.sku,
      name: product.name,
      description: product.description,
      attributes: product.attributes,
      superAttributesDefinition: superKeys,
      superAttributes: product.superAttributes,
      attributeMap: {
        super_attributes: product.superAttributes,
        product_concrete_ids: product.concreteProducts.map((concrete) => concrete.sku),
        attribute_variant_map: Object.fromEntries(
          product.concreteProducts.map((concrete) => [concrete.sku, pick(concrete.attributes, superKeys)]),
        ),
      },
      attributeNames: attributeNames([...Object.keys(product.attributes), ...superKeys]),
      metaTitle: product.metaTitle,
      metaKeywords: product.metaKeywords,
      metaDescription: product.metaDescription,
      url: product.url,
      averageRating: null,
      reviewCount: 0,
    },
  };
}

function pick(attributes: Readonly<Record<string, string>>, keys: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const value = attributes[key];
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}
