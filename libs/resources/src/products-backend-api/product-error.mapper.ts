import { GlueHttpException } from '#glue-core';
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
 * Rethrows a product facade error as its HTTP error, anything else as it is:
 * `facade.call(…).catch(throwAsGlueError)`.
 */
export function throwAsGlueError(error: unknown): never {
  throw toGlueException(error);
}

/** The one place product domain errors become HTTP errors; exhaustive over `ProductErrorCode`. */
function toGlueException(error: unknown): unknown {
  if (!(error instanceof ProductException)) return error;
  const attribute = error.field;
  const source = attribute === undefined ? undefined : { attribute };
  switch (error.code) {
    case ProductErrorCode.PRODUCT_NOT_FOUND:
      return GlueHttpException.notFound(error.message);
    case ProductErrorCode.ABSTRACT_SKU_EXISTS:
      return GlueHttpException.conflict(
        error.message,
        source ?? { attribute: 'sku' },
        ProductsBackendApiErrorCode.SkuExists,
      );
    case ProductErrorCode.CONCRETE_SKU_EXISTS:
      return GlueHttpException.conflict(error.message, source, ProductsBackendApiErrorCode.ConcreteSkuExists);
    case ProductErrorCode.UNKNOWN_LOCALE:
      return unprocessable(error, ProductsBackendApiErrorCode.UnknownLocale);
    case ProductErrorCode.DUPLICATE_SKU_IN_INPUT:
    case ProductErrorCode.DUPLICATE_LOCALE_IN_INPUT:
      return unprocessable(error, ProductsBackendApiErrorCode.DuplicateInInput);
    case ProductErrorCode.CONCRETE_PRODUCTS_REQUIRED:
      return unprocessable(error, ProductsBackendApiErrorCode.ConcreteProductsRequired);
  }
}

function unprocessable(error: ProductException, code: string): GlueHttpException {
  return GlueHttpException.unprocessable([
    { code, detail: error.message, ...(error.field !== undefined && { source: { attribute: error.field } }) },
  ]);
}
