import type { EntityManager } from 'typeorm';
import type {
  CatalogSearchCriteria,
  CatalogSearchResultTransfer,
  CatalogSuggestCriteria,
  CatalogSuggestionTransfer,
} from './transfer/catalog-search.transfer.js';

/**
 * A search engine behind `CatalogSearchFacade`. The PostgreSQL engine ships; an OpenSearch or Elasticsearch
 * engine binds to `CATALOG_SEARCH_ENGINE` instead (docs/scaling.md, docs/adr/0010-search-on-postgresql.md).
 */
export interface CatalogSearchEngine {
  search(criteria: CatalogSearchCriteria): Promise<CatalogSearchResultTransfer>;
  suggest(criteria: CatalogSuggestCriteria): Promise<CatalogSuggestionTransfer>;
  /**
   * Brings the index of these abstract products up to date with the catalog tables, inside the caller's
   * transaction (`manager`), so that the write and its index change commit together. Deleted or
   * inactive products leave the index.
   */
  reindexAbstracts(manager: EntityManager, idsProductAbstract: readonly number[]): Promise<void>;
  /** Rebuilds the whole index (one transaction). */
  reindexAll(): Promise<void>;
}

/** Injection token of the bound `CatalogSearchEngine`. */
export const CATALOG_SEARCH_ENGINE = Symbol('CATALOG_SEARCH_ENGINE');
