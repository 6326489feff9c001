import { Type } from '@sinclair/typebox';
import { DateTime, formatDateTime, StringRecord, type Attributes, type GlueResourceObject } from '#glue-core';
import {
  catalogPath,
  CONCRETE_PRODUCTS_TYPE,
  LocalizedAttributesSchema,
  PRODUCTS_TYPE,
} from '#resources/shared/catalog';
import type { ProductConcreteTransfer } from '#zed-facades/product';

export { CONCRETE_PRODUCTS_TYPE };

/** Backend `concrete-products` attributes: a variant with every locale and its own attributes. */
export const ConcreteProductAttributesSchema = Type.Object({
  sku: Type.String(),
  productAbstractSku: Type.String(),
  isActive: Type.Boolean(),
  isDiscontinued: Type.Boolean(),
  /** The concrete's own attributes, without its abstract's. */
  attributes: StringRecord(),
  localizedAttributes: Type.Array(LocalizedAttributesSchema),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export type ConcreteProductAttributes = Attributes<typeof ConcreteProductAttributesSchema>;

/** Carries its transfer as `source`: the relationships of `concrete-products` batch on its id. */
export type ConcreteProductResource = GlueResourceObject<ConcreteProductAttributes, ProductConcreteTransfer>;

export function toConcreteProductResource(concrete: ProductConcreteTransfer): ConcreteProductResource {
  return {
    type: CONCRETE_PRODUCTS_TYPE,
    id: concrete.sku,
    selfPath: catalogPath(CONCRETE_PRODUCTS_TYPE, concrete.sku),
    source: concrete,
    attributes: {
      sku: concrete.sku,
      productAbstractSku: concrete.abstractSku,
      isActive: concrete.isActive,
      isDiscontinued: concrete.isDiscontinued,
      attributes: concrete.attributes,
      localizedAttributes: concrete.localizedAttributes,
      createdAt: formatDateTime(concrete.createdAt),
      updatedAt: formatDateTime(concrete.updatedAt),
    },
  };
}

/** `/products/{sku}/concrete-products`: a product's variants. */
export function productConcreteProductsPath(productSku: string): string {
  return `${catalogPath(PRODUCTS_TYPE, productSku)}/${CONCRETE_PRODUCTS_TYPE}`;
}
