/**
 * Helpers the catalog resources of both applications share: resource types and paths, locale, currency
 * and prices, page criteria, attribute names, image sets, product lookups (the 404 of an unknown or
 * inactive product).
 */
export * from './attribute-names.js';
export * from './catalog-paths.js';
export * from './catalog-types.js';
export * from './image-sets.js';
export * from './localized-attributes.schema.js';
export * from './product-lookup.js';
export * from './product-page.criteria.js';
export * from './product-prices.mapper.js';
export * from './request-currency.js';
export * from './request-locale.js';
