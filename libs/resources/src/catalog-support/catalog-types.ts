/** Glue's catalog resource types, named once for the resources and the relationships between them. */
export const ABSTRACT_PRODUCTS_TYPE = 'abstract-products';
export const CONCRETE_PRODUCTS_TYPE = 'concrete-products';

/**
 * Public catalog reads may be stored by shared caches for a minute: short enough that a price or
 * stock change shows quickly, long enough to take the read load of a busy shop off the API.
 */
export const CATALOG_CACHE_CONTROL = 'public, max-age=60';

/** The back office's products: abstract products with every locale (backend only). */
export const PRODUCTS_TYPE = 'products';
