/**
 * How the errors the facades throw reach clients: one mapping per domain error class, exhaustive
 * over its code enum, listed once in `DOMAIN_ERRORS` for the applications' `domainErrors`.
 */
export { CustomersApiErrorCode, CUSTOMER_ERRORS } from './customer.domain-errors.js';
export { invalidAttribute, notFoundWithCode } from './domain-error.answers.js';
export { DOMAIN_ERRORS } from './domain-errors.js';
export { CATALOG_STORAGE_ERRORS, PRICE_PRODUCT_ERRORS } from './price-product.domain-errors.js';
export { ProductsBackendApiErrorCode, PRODUCT_ERRORS } from './product.domain-errors.js';
export { STOCK_ERRORS } from './stock.domain-errors.js';
export { UsersBackendApiErrorCode, USER_ERRORS } from './user.domain-errors.js';
