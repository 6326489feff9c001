/**
 * The in-process cache of storage documents (the published read model) and its invalidation across
 * processes over PostgreSQL LISTEN/NOTIFY: docs/architecture.md, "The read model cache".
 */
export { notifyStorageChanged } from './persistence/storage-change.notifier.js';
export {
  StorageChangeListener,
  type StorageChangeListenerOptions,
} from './persistence/storage-change.listener.js';
export { StorageCacheModule } from './storage-cache.module.js';
export { StorageCacheReadinessCheck } from './storage-cache-readiness.check.js';
export {
  STORAGE_CHANGE_CHANNEL,
  storageChangeMessages,
  parseStorageChange,
} from './storage-change.message.js';
export {
  StorageDocumentCache,
  type StorageDocumentCacheTools,
  type StorageDocumentLoader,
} from './storage-document.cache.js';
export {
  DEFAULT_STORAGE_CACHE_OPTIONS,
  type StorageCacheOptions,
} from './transfer/storage-cache-options.transfer.js';
