import { ABSTRACT_PRODUCTS_TYPE, CONCRETE_PRODUCTS_TYPE } from './catalog-types.js';

/** `/abstract-products/{sku}`: the resource's URL path, and the base of its children's. */
export function abstractProductPath(sku: string): string {
  return `/${ABSTRACT_PRODUCTS_TYPE}/${encodeURIComponent(sku)}`;
}

/** `/concrete-products/{sku}`: the resource's URL path, and the base of its children's. */
export function concreteProductPath(sku: string): string {
  return `/${CONCRETE_PRODUCTS_TYPE}/${encodeURIComponent(sku)}`;
}
