export enum StockErrorCode {
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  WAREHOUSE_NOT_FOUND = 'WAREHOUSE_NOT_FOUND',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
}

/** A stock write the domain refuses; `field` names the input at fault. */
export class StockException extends Error {
  constructor(
    readonly code: StockErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StockException';
  }
}
