/** Glue's catalog resource types, named once for the resources and the relationships between them. */
export const ABSTRACT_PRODUCTS_TYPE = 'abstract-products';
export const CONCRETE_PRODUCTS_TYPE = 'concrete-products';

/** The back office's products: abstract products with every locale (backend only). */
export const PRODUCTS_TYPE = 'products';

/** Glue's search resources: one transient resource each, whose attributes hold the whole result. */
export const CATALOG_SEARCH_TYPE = 'catalog-search';
export const CATALOG_SEARCH_SUGGESTIONS_TYPE = 'catalog-search-suggestions';
