import { ABSTRACT_PRODUCTS_TYPE, CONCRETE_PRODUCTS_TYPE } from './catalog-types.js';

/** `/<type>/<sku>`: a catalog resource's URL path, and the base of its children's. */
export function catalogPath(type: string, sku: string): string {
  return `/${type}/${encodeURIComponent(sku)}`;
}

/** `/abstract-products/{sku}`. */
export function abstractProductPath(sku: string): string {
  return catalogPath(ABSTRACT_PRODUCTS_TYPE, sku);
}

/** `/concrete-products/{sku}`. */
export function concreteProductPath(sku: string): string {
  return catalogPath(CONCRETE_PRODUCTS_TYPE, sku);
}

/** `/<parent type>/<sku>/<child type>`: a product child's path (`/abstract-products/001/abstract-product-prices`). */
export function productChildPath(parentType: string, sku: string, childType: string): string {
  return `${catalogPath(parentType, sku)}/${childType}`;
}
