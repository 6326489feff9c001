import { Module } from '@nestjs/common';
import { CatalogSearchModule } from '#zed-facades/catalog-search';
import { StorageCacheModule } from '#zed-facades/storage-cache';
import { CatalogPublisher } from './business/catalog.publisher.js';
import { CatalogStorageFacade } from './catalog-storage.facade.js';
import { CatalogSourceReader } from './persistence/catalog-source.reader.js';
import { CategorySourceReader } from './persistence/category-source.reader.js';
import { CatalogStorageRepository } from './persistence/catalog-storage.repository.js';

@Module({
  // The application's one storage cache (configured by the application that serves from it).
  imports: [CatalogSearchModule, StorageCacheModule],
  exports: [CatalogPublisher, CatalogStorageFacade],
  providers: [
    CatalogPublisher,
    CatalogSourceReader,
    CatalogStorageFacade,
    CatalogStorageRepository,
    CategorySourceReader,
  ],
})
export class CatalogStorageModule {}
