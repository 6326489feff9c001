/** Storefront customer authorization: the customer scope and the ownership rule for private resources. */
export * from './customer-access.js';
