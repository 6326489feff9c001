/** The storage document cache as applications configure and compose it (its module and readiness check). */
export * from './storage-cache.config.js';
export {
  DEFAULT_STORAGE_CACHE_OPTIONS,
  StorageCacheModule,
  StorageCacheReadinessCheck,
  type StorageCacheOptions,
} from '#zed-facades/storage-cache';
