import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageCacheModule } from '#zed-facades/storage-cache';
import { CATALOG_SEARCH_ENGINE } from './catalog-search.engine.js';
import { CatalogSearchFacade } from './catalog-search.facade.js';
import { CATALOG_SEARCH_ENTITIES } from './persistence/catalog-search-entities.js';
import { PostgresCatalogSearchEngine } from './persistence/postgres-catalog-search.engine.js';

@Module({
  exports: [CatalogSearchFacade],
  // The application's storage cache keeps search results until the catalog changes.
  imports: [StorageCacheModule, TypeOrmModule.forFeature([...CATALOG_SEARCH_ENTITIES])],
  providers: [
    CatalogSearchFacade,
    PostgresCatalogSearchEngine,
    { provide: CATALOG_SEARCH_ENGINE, useExisting: PostgresCatalogSearchEngine },
  ],
})
export class CatalogSearchModule {}
