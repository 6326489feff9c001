export enum PriceProductErrorCode {
  CURRENCY_NOT_IN_STORE = 'CURRENCY_NOT_IN_STORE',
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
}

/** A price read or write the domain refuses; `field` names the input at fault (`currencyCode`). */
export class PriceProductException extends Error {
  constructor(
    readonly code: PriceProductErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PriceProductException';
  }
}
