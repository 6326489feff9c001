import { glueDomainErrors, GlueHttpException } from '#glue-core';
import { ProductErrorCode, ProductException } from '#zed-facades/product';

/** Error codes of the backend `products` resource, stable for clients. */
export const ProductsBackendApiErrorCode = {
  NotFound: '007',
  SkuExists: '1101',
  ConcreteSkuExists: '1102',
  UnknownLocale: '1103',
  DuplicateInInput: '1104',
  ConcreteProductsRequired: '1105',
} as const;

/**
 * Product domain errors as the backend's `products` answers them; `field`, a dotted path into the
 * facade input, is the attribute at fault where the domain names one.
 */
export const PRODUCT_ERRORS = glueDomainErrors(ProductException, {
  [ProductErrorCode.PRODUCT_NOT_FOUND]: (error) => GlueHttpException.notFound(error.message),
  [ProductErrorCode.ABSTRACT_SKU_EXISTS]: (error) =>
    GlueHttpException.conflict(
      error.message,
      { attribute: error.field ?? 'sku' },
      ProductsBackendApiErrorCode.SkuExists,
    ),
  [ProductErrorCode.CONCRETE_SKU_EXISTS]: (error) =>
    GlueHttpException.conflict(error.message, sourceOf(error), ProductsBackendApiErrorCode.ConcreteSkuExists),
  [ProductErrorCode.UNKNOWN_LOCALE]: (error) =>
    invalidInput(error, ProductsBackendApiErrorCode.UnknownLocale),
  [ProductErrorCode.DUPLICATE_SKU_IN_INPUT]: (error) =>
    invalidInput(error, ProductsBackendApiErrorCode.DuplicateInInput),
  [ProductErrorCode.DUPLICATE_LOCALE_IN_INPUT]: (error) =>
    invalidInput(error, ProductsBackendApiErrorCode.DuplicateInInput),
  [ProductErrorCode.CONCRETE_PRODUCTS_REQUIRED]: (error) =>
    invalidInput(error, ProductsBackendApiErrorCode.ConcreteProductsRequired),
});

function sourceOf(error: ProductException): { readonly attribute: string } | undefined {
  return error.field === undefined ? undefined : { attribute: error.field };
}

/** 422 with the attribute at fault, or without a source when the domain names none. */
function invalidInput(error: ProductException, code: string): GlueHttpException {
  const source = sourceOf(error);
  return GlueHttpException.unprocessable([{ code, detail: error.message, ...(source && { source }) }]);
}
