/**
 * Catalog search domain: full-text search with facets and type-ahead over the catalog, per store, locale
 * and currency, behind a pluggable engine (PostgreSQL ships). Import `CatalogSearchModule` and inject
 * `CatalogSearchFacade`; catalog writes call `reindexAbstracts(manager, ids)` in their transaction.
 */
export { CatalogSearchFacade, catalogSearchFacadeFor } from './catalog-search.facade.js';
export { CatalogSearchModule } from './catalog-search.module.js';
export { CATALOG_SEARCH_ENGINE, type CatalogSearchEngine } from './catalog-search.engine.js';
export { CATALOG_SEARCH_ENTITIES } from './persistence/catalog-search-entities.js';
export {
  CATALOG_SEARCH_SORTS,
  CATALOG_SEARCH_VALUE_FACETS,
  type CatalogSearchAppliedSort,
  type CatalogSearchCategoryNodeTransfer,
  type CatalogSearchCriteria,
  type CatalogSearchFacetValueTransfer,
  type CatalogSearchImageTransfer,
  type CatalogSearchPriceMode,
  type CatalogSearchPriceTransfer,
  type CatalogSearchProductTransfer,
  type CatalogSearchRangeFacetTransfer,
  type CatalogSearchResultTransfer,
  type CatalogSearchSort,
  type CatalogSearchValueFacetTransfer,
  type CatalogSuggestCategoryTransfer,
  type CatalogSuggestCriteria,
  type CatalogSuggestionTransfer,
  type CatalogSuggestProductTransfer,
} from './transfer/catalog-search.transfer.js';
