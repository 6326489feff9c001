import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { StorageDocumentCache } from '#zed-facades/storage-cache';
import type { CatalogSearchEngine } from '../catalog-search.engine.js';
import type {
  CatalogSearchCriteria,
  CatalogSearchResultTransfer,
  CatalogSuggestCriteria,
  CatalogSuggestionTransfer,
} from '../transfer/catalog-search.transfer.js';
import { reindexAbstracts, reindexEverything } from './catalog-search.indexer.js';
import { runSearch } from './catalog-search.reader.js';
import { runSuggest } from './catalog-suggest.reader.js';
import { hasTrigramSupport } from './spelling.reader.js';

/**
 * Catalog search on PostgreSQL full text: a weighted tsvector per product and locale with GIN indexes,
 * facets from one aggregate statement, pg_trgm for spelling (docs/adr/0010-search-on-postgresql.md).
 */
@Injectable()
export class PostgresCatalogSearchEngine implements CatalogSearchEngine {
  /** Asked once per process: an extension does not come and go under a running application. */
  private trigrams: Promise<boolean> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    /** Keeps facet counts shared by many searches until the catalog changes (inactive outside the storefront). */
    private readonly cache: StorageDocumentCache,
  ) {}

  async search(criteria: CatalogSearchCriteria): Promise<CatalogSearchResultTransfer> {
    // Amounts are integer minor units in the index: a fractional bound rounds inwards.
    const normalized: CatalogSearchCriteria = {
      ...criteria,
      page: Math.max(1, Math.floor(criteria.page)),
      itemsPerPage: Math.max(1, Math.floor(criteria.itemsPerPage)),
      ...(criteria.priceMin === undefined ? {} : { priceMin: Math.ceil(criteria.priceMin) }),
      ...(criteria.priceMax === undefined ? {} : { priceMax: Math.floor(criteria.priceMax) }),
    };
    return runSearch(this.dataSource.manager, normalized, await this.hasTrigrams(), (name, compute) =>
      this.cache.derive(name, compute),
    );
  }

  suggest(criteria: CatalogSuggestCriteria): Promise<CatalogSuggestionTransfer> {
    return runSuggest(this.dataSource.manager, criteria);
  }

  reindexAbstracts(manager: EntityManager, idsProductAbstract: readonly number[]): Promise<void> {
    return reindexAbstracts(manager, idsProductAbstract);
  }

  reindexAll(): Promise<void> {
    return this.dataSource.transaction((manager) => reindexEverything(manager));
  }

  private hasTrigrams(): Promise<boolean> {
    this.trigrams ??= hasTrigramSupport(this.dataSource.manager).catch((error: unknown) => {
      this.trigrams = undefined;
      throw error;
    });
    return this.trigrams;
  }
}
