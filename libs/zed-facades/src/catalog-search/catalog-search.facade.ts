import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { CATALOG_SEARCH_ENGINE, type CatalogSearchEngine } from './catalog-search.engine.js';
import { PostgresCatalogSearchEngine } from './persistence/postgres-catalog-search.engine.js';
import type {
  CatalogSearchCriteria,
  CatalogSearchResultTransfer,
  CatalogSuggestCriteria,
  CatalogSuggestionTransfer,
} from './transfer/catalog-search.transfer.js';

/** Catalog search and type-ahead for the storefront; delegates to the bound engine. */
@Injectable()
export class CatalogSearchFacade {
  constructor(@Inject(CATALOG_SEARCH_ENGINE) private readonly engine: CatalogSearchEngine) {}

  search(criteria: CatalogSearchCriteria): Promise<CatalogSearchResultTransfer> {
    return this.engine.search(criteria);
  }

  suggest(criteria: CatalogSuggestCriteria): Promise<CatalogSuggestionTransfer> {
    return this.engine.suggest(criteria);
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
  return new CatalogSearchFacade(new PostgresCatalogSearchEngine(dataSource));
}
