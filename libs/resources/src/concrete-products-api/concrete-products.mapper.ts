import type { GlueResourceObject } from '#glue-core';
import { attributeNames } from '#resources/catalog-support';
import type { ConcreteProductTransfer } from '#zed-facades/product';

export const CONCRETE_PRODUCTS_TYPE = 'concrete-products';

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

export function toConcreteProductResource(
  product: ConcreteProductTransfer,
): GlueResourceObject<ConcreteProductAttributes> {
  return {
    type: CONCRETE_PRODUCTS_TYPE,
    id: product.sku,
    selfPath: `/${CONCRETE_PRODUCTS_TYPE}/${encodeURIComponent(product.sku)}`,
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
