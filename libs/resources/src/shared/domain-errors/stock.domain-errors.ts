import { glueDomainErrors, GlueErrorCode, GlueHttpException } from '#glue-core';
import { StockErrorCode, StockException } from '#zed-facades/stock';
import { invalidAttribute } from './domain-error.answers.js';

/** Stock write errors (no route yet): an unknown product is 404, an unknown warehouse or bad quantity 422. */
export const STOCK_ERRORS = glueDomainErrors(StockException, {
  [StockErrorCode.PRODUCT_NOT_FOUND]: (error) => GlueHttpException.notFound(error.message),
  [StockErrorCode.WAREHOUSE_NOT_FOUND]: (error) =>
    invalidAttribute(error.message, GlueErrorCode.ValidationFailed, error.field ?? 'warehouseName'),
  [StockErrorCode.INVALID_QUANTITY]: (error) =>
    invalidAttribute(error.message, GlueErrorCode.ValidationFailed, error.field ?? 'quantity'),
});
