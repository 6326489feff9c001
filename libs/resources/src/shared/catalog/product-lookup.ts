import { GlueErrorCode, type GlueHttpException } from '#glue-core';
import type { ProductConcreteTransfer, ProductFacade, ProductTransfer } from '#zed-facades/product';
import { catalogNotFound } from './catalog-error-codes.js';

type ProductLabel = 'Product' | 'Abstract product' | 'Concrete product';

/** The 404 of a product a route or its children name by sku: `007`, or the resource's Glue code. */
function productNotFound(
  label: ProductLabel,
  sku: string,
  code: string = GlueErrorCode.NotFound,
): GlueHttpException {
  return catalogNotFound(`${label} "${sku}" does not exist.`, code);
}

/**
 * The product a storefront route or its children name by sku: 404 with `code` (Glue's `301` for an
 * abstract product, `302` for a concrete one, its children's own) when it is unknown or inactive,
 * since inactive products do not exist on the storefront.
 */
export function requireActiveProduct<T extends { readonly isActive: boolean }>(
  product: T | undefined,
  label: 'Abstract product' | 'Concrete product',
  sku: string,
  code: string,
): T {
  if (!product?.isActive) throw productNotFound(label, sku, code);
  return product;
}

/** The back office's product (every locale, every concrete) by sku; an unknown sku is 404 (`007`). */
export async function findProductOrFail(productFacade: ProductFacade, sku: string): Promise<ProductTransfer> {
  const product = await productFacade.findProductBySku(sku);
  if (!product) throw productNotFound('Product', sku);
  return product;
}

/** The back office's concrete product (every locale) by sku; an unknown sku is 404 (`007`). */
export async function findProductConcreteOrFail(
  productFacade: ProductFacade,
  sku: string,
): Promise<ProductConcreteTransfer> {
  const [concrete] = await productFacade.findProductConcretesBySkus([sku]);
  if (!concrete) throw productNotFound('Concrete product', sku);
  return concrete;
}
