import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CatalogSearchEngine } from '../catalog-search.engine.js';
import type {
  CatalogSearchCriteria,
  CatalogSearchResultTransfer,
  CatalogSuggestCriteria,
  CatalogSuggestionTransfer,
} from '../transfer/catalog-search.transfer.js';

/** Catalog search on PostgreSQL full text (work in progress). */
@Injectable()
export class PostgresCatalogSearchEngine implements CatalogSearchEngine {
  search(_criteria: CatalogSearchCriteria): Promise<CatalogSearchResultTransfer> {
    return Promise.reject(new Error('PostgresCatalogSearchEngine.search is not built yet.'));
  }

  suggest(_criteria: CatalogSuggestCriteria): Promise<CatalogSuggestionTransfer> {
    return Promise.reject(new Error('PostgresCatalogSearchEngine.suggest is not built yet.'));
  }

  reindexAbstracts(_manager: EntityManager, _ids: readonly number[]): Promise<void> {
    return Promise.resolve();
  }

  reindexAll(): Promise<void> {
    return Promise.resolve();
  }
}
