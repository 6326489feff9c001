import type { GlueResourceObject } from '#glue-core';
import { attributeNames, CONCRETE_PRODUCTS_TYPE, concreteProductPath } from '#resources/catalog-support';
import type { ConcreteProductTransfer } from '#zed-facades/product';

export { CONCRETE_PRODUCTS_TYPE };

/** Glue's `concrete-products` attributes. */
export interface ConcreteProductAttributes {
  readonly sku: string;
  readonly productAbstractSku: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly superAttributesDefinition: readonly string[];
  readonly attributeNames: Readonly<Record<string, string>>;
  readonly isDiscontinued: boolean;
  readonly discontinuedNote: string | null;
  readonly metaTitle: string | null;
  readonly metaKeywords: string | null;
  readonly metaDescription: string | null;
  readonly averageRating: number | null;
  readonly reviewCount: number;
}

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
