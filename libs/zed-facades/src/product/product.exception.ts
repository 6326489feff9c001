export enum ProductErrorCode {
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  ABSTRACT_SKU_EXISTS = 'ABSTRACT_SKU_EXISTS',
  CONCRETE_SKU_EXISTS = 'CONCRETE_SKU_EXISTS',
  UNKNOWN_LOCALE = 'UNKNOWN_LOCALE',
  DUPLICATE_SKU_IN_INPUT = 'DUPLICATE_SKU_IN_INPUT',
  DUPLICATE_LOCALE_IN_INPUT = 'DUPLICATE_LOCALE_IN_INPUT',
  CONCRETE_PRODUCTS_REQUIRED = 'CONCRETE_PRODUCTS_REQUIRED',
}

/** A product write or lookup that the domain refuses; `field` is a dotted path into the facade input. */
export class ProductException extends Error {
  constructor(
    readonly code: ProductErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ProductException';
  }
}
