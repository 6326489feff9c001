import { Scopes } from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { ProductFacade, type ProductConcreteTransfer, type ProductTransfer } from '#zed-facades/product';
import { CONCRETE_PRODUCTS_TYPE, PRODUCTS_TYPE } from './catalog-types.js';
import {
  productChild,
  type ProductChild,
  type ProductChildOptions,
  type ProductParent,
} from './product-child.js';
import { findProductConcreteOrFail, findProductOrFail } from './product-lookup.js';

/** The back office's product: active or not, with every locale and every concrete. */
export const BACK_OFFICE_PRODUCT_PARENT: ProductParent<ProductTransfer> = {
  type: PRODUCTS_TYPE,
  noun: 'a product',
  id: (product) => product.idProductAbstract,
  lookup: ProductFacade,
  find: (productFacade, sku) => findProductOrFail(productFacade, sku),
};

/** The back office's concrete product: active or not, with every locale. */
export const BACK_OFFICE_CONCRETE_PRODUCT_PARENT: ProductParent<ProductConcreteTransfer> = {
  type: CONCRETE_PRODUCTS_TYPE,
  noun: 'a concrete product',
  id: (product) => product.idProductConcrete,
  lookup: ProductFacade,
  find: (productFacade, sku) => findProductConcreteOrFail(productFacade, sku),
};

/** A back-office child of a product: what the product's resource itself needs, `products:read`. */
export function backOfficeProductChild<
  TFacade,
  TProduct extends { readonly sku: string },
  TAttributes extends object,
>(
  parent: ProductParent<TProduct>,
  child: Omit<ProductChildOptions<TFacade, TProduct, TAttributes>, 'access'>,
): ProductChild {
  return productChild(parent, { ...child, access: [Scopes(BackOfficeScope.ProductsRead)] });
}
