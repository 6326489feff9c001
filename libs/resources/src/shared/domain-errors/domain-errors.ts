import type { GlueDomainErrorMapping } from '#glue-core';
import { CUSTOMER_ERRORS } from './customer.domain-errors.js';
import { CATALOG_STORAGE_ERRORS, PRICE_PRODUCT_ERRORS } from './price-product.domain-errors.js';
import { PRODUCT_ERRORS } from './product.domain-errors.js';
import { STOCK_ERRORS } from './stock.domain-errors.js';
import { USER_ERRORS } from './user.domain-errors.js';

/**
 * Every domain error the facades throw at a resource, as clients see it: both applications hand
 * this list to `GlueApplicationModule.forRoot({ domainErrors })`, so no domain error becomes a 500
 * on either. Where an application must answer an error differently, it lists its own mapping of
 * that class before these (`domainErrors: [itsOwnMapping, ...DOMAIN_ERRORS]`): the first match answers.
 * `domain-errors.spec.ts` proves that every error class the facades export is mapped here.
 */
export const DOMAIN_ERRORS: readonly GlueDomainErrorMapping[] = [
  CATALOG_STORAGE_ERRORS,
  CUSTOMER_ERRORS,
  PRICE_PRODUCT_ERRORS,
  PRODUCT_ERRORS,
  STOCK_ERRORS,
  USER_ERRORS,
];
