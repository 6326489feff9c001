/**
 * Catalog storage (Publish & Synchronize): the storefront catalog's published documents. Catalog writers
 * call `CatalogPublisher.abstractProductsChanged(manager, skus)` in their transaction; storefront
 * resources read through `CatalogStorageFacade`. Import `CatalogStorageModule`.
 */
export {
  CatalogPublisher,
  catalogPublisherFor,
  PUBLISH_CHUNK_SIZE,
  type PublishResult,
} from './business/catalog.publisher.js';
export { computeSuperAttributes } from './business/super-attributes.js';
export { storageKeys, StorageResource } from './business/storage-keys.js';
export { CatalogStorageFacade } from './catalog-storage.facade.js';
export { CatalogStorageErrorCode, CatalogStorageException } from './catalog-storage.exception.js';
export { CatalogStorageModule } from './catalog-storage.module.js';
export { CATALOG_STORAGE_ENTITIES } from './persistence/catalog-storage-entities.js';
export type * from './transfer/catalog-documents.js';
