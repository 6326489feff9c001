/**
 * Helpers the catalog resources of both applications share: resource types and paths, locale and
 * currency, page criteria, attribute names, product lookups (the 404 of an unknown or inactive
 * product), and product children: one module per kind of child serving both of its parents
 * (`storefrontProductChild`, `backOfficeProductChild`, both built on `productChild`).
 */
export * from './attribute-names.js';
export * from './back-office-product-child.js';
export * from './catalog-error-codes.js';
export * from './catalog-paths.js';
export * from './catalog-types.js';
export * from './localized-attributes.schema.js';
export * from './product-child.js';
export * from './product-lookup.js';
export * from './product-page.criteria.js';
export * from './request-currency.js';
export * from './request-price-mode.js';
export * from './request-locale.js';
export * from './storefront-product-child.js';
