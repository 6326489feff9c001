export enum CatalogStorageErrorCode {
  CURRENCY_NOT_IN_STORE = 'CURRENCY_NOT_IN_STORE',
}

/** A storefront catalog read the published model refuses; `field` names the input at fault. */
export class CatalogStorageException extends Error {
  constructor(
    readonly code: CatalogStorageErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CatalogStorageException';
  }
}
