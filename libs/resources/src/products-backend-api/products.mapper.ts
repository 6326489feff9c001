import { formatDateTime, type GlueResourceObject } from '#glue-core';
import type { ProductTransfer } from '#zed-facades/product';

export const PRODUCTS_TYPE = 'products';

interface LocalizedAttributes {
  readonly locale: string;
  readonly name: string;
  readonly description: string | null;
}

/** Backend `products` attributes: the abstract product with every locale and its concrete products. */
export interface ProductAttributes {
  readonly sku: string;
  readonly isActive: boolean;
  readonly attributes: Readonly<Record<string, string>>;
  readonly localizedAttributes: readonly LocalizedAttributes[];
  readonly concreteProducts: readonly {
    readonly sku: string;
    readonly isActive: boolean;
    readonly isDiscontinued: boolean;
    readonly attributes: Readonly<Record<string, string>>;
    readonly localizedAttributes: readonly LocalizedAttributes[];
  }[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function toProductResource(product: ProductTransfer): GlueResourceObject<ProductAttributes> {
  return {
    type: PRODUCTS_TYPE,
    id: product.sku,
    selfPath: `/${PRODUCTS_TYPE}/${encodeURIComponent(product.sku)}`,
    attributes: {
      sku: product.sku,
      isActive: product.isActive,
      attributes: product.attributes,
      localizedAttributes: product.localizedAttributes,
      concreteProducts: product.concreteProducts,
      createdAt: formatDateTime(product.createdAt),
      updatedAt: formatDateTime(product.updatedAt),
    },
  };
}
