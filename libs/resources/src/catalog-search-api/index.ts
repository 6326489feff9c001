/** Storefront resources `catalog-search` and `catalog-search-suggestions`. */
export { CatalogSearchApiModule } from './catalog-search-api.module.js';
