export enum PriceProductErrorCode {
  CURRENCY_NOT_IN_STORE = 'CURRENCY_NOT_IN_STORE',
}

/** A price read the domain refuses; `field` names the input at fault (`currencyCode`). */
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
