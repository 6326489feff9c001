import { CatalogStorageEntity } from './catalog-storage.entity.js';

export const CATALOG_STORAGE_ENTITIES = [CatalogStorageEntity] as const;
