import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { CATALOG_SEARCH_ENGINE, type CatalogSearchEngine } from './catalog-search.engine.js';
import { DEFAULT_STORAGE_CACHE_OPTIONS, StorageDocumentCache } from '#zed-facades/storage-cache';
import { PostgresCatalogSearchEngine } from './persistence/postgres-catalog-search.engine.js';
import type {
  CatalogSearchCriteria,
  CatalogSearchResultTransfer,
  CatalogSuggestCriteria,
  CatalogSuggestionTransfer,
} from './transfer/catalog-search.transfer.js';

/**
 * Catalog search and type-ahead for the storefront; delegates to the bound engine. Results are kept in
 * the application's storage cache as derived values: the same question is answered from memory until
 * any published document changes (a catalog write), in this process or, through NOTIFY, in another
 * (docs/architecture.md, "The read model cache"). Where the cache is not configured (backend, scripts)
 * every call asks the engine.
 */
@Injectable()
export class CatalogSearchFacade {
  constructor(
    @Inject(CATALOG_SEARCH_ENGINE) private readonly engine: CatalogSearchEngine,
    private readonly cache: StorageDocumentCache,
  ) {}

  search(criteria: CatalogSearchCriteria): Promise<CatalogSearchResultTransfer> {
    return this.cache.derive(`catalog-search:${canonicalJson(criteria)}`, () => this.engine.search(criteria));
  }

  suggest(criteria: CatalogSuggestCriteria): Promise<CatalogSuggestionTransfer> {
    return this.cache.derive(`catalog-suggest:${canonicalJson(criteria)}`, () =>
      this.engine.suggest(criteria),
    );
  }

  /** Call inside the transaction of every catalog write that changes what search finds. */
  reindexAbstracts(manager: EntityManager, idsProductAbstract: readonly number[]): Promise<void> {
    return this.engine.reindexAbstracts(manager, idsProductAbstract);
  }

  reindexAll(): Promise<void> {
    return this.engine.reindexAll();
  }
}

/** The facade over the PostgreSQL engine outside Nest's injector (seeds and scripts holding a DataSource). */
export function catalogSearchFacadeFor(dataSource: DataSource): CatalogSearchFacade {
  // An unconfigured cache is never active: every call asks the engine.
  const cache = new StorageDocumentCache(DEFAULT_STORAGE_CACHE_OPTIONS);
  return new CatalogSearchFacade(new PostgresCatalogSearchEngine(dataSource, cache), cache);
}

/** JSON with object keys sorted at every level: equal criteria give equal text, whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested !== null && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : nested,
  );
}
