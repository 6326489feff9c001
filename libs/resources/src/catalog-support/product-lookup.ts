import { GlueHttpException } from '#glue-core';
import type { ProductConcreteTransfer, ProductFacade, ProductTransfer } from '#zed-facades/product';

/** The back office's product (every locale, every concrete) by sku; an unknown sku is 404 (`007`). */
export async function findProductOrFail(productFacade: ProductFacade, sku: string): Promise<ProductTransfer> {
  const product = await productFacade.findProductBySku(sku);
  if (!product) throw GlueHttpException.notFound(`Product "${sku}" does not exist.`);
  return product;
}

/** The back office's concrete product (every locale) by sku; an unknown sku is 404 (`007`). */
export async function findProductConcreteOrFail(
  productFacade: ProductFacade,
  sku: string,
): Promise<ProductConcreteTransfer> {
  const [concrete] = await productFacade.findProductConcretesBySkus([sku]);
  if (!concrete) throw GlueHttpException.notFound(`Concrete product "${sku}" does not exist.`);
  return concrete;
}
