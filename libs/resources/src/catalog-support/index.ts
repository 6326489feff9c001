/** Helpers the catalog resources of both applications share: locale, page criteria, attribute names, paths. */
export * from './attribute-names.js';
export * from './catalog-paths.js';
export * from './catalog-types.js';
export * from './image-sets.js';
export * from './localized-attributes.schema.js';
export * from './product-lookup.js';
export * from './product-page.criteria.js';
export * from './request-locale.js';
