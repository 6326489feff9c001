import { Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { StorageChangeListener } from './persistence/storage-change.listener.js';
import { StorageCommitSubscriber } from './persistence/storage-commit.subscriber.js';
import { StorageCacheReadinessCheck } from './storage-cache-readiness.check.js';
import { StorageDocumentCache } from './storage-document.cache.js';
import {
  DEFAULT_STORAGE_CACHE_OPTIONS,
  type StorageCacheOptions,
} from './transfer/storage-cache-options.transfer.js';

function databaseUrlOf(dataSource: DataSource): string {
  const { url } = dataSource.options as { readonly url?: string };
  if (url === undefined)
    throw new Error('The storage cache listener needs the data source configured by URL.');
  return url;
}

/** Whether `StorageCacheModule.forRoot` configured the application's cache (and its listener may start). */
const configured = new WeakSet<StorageChangeListener>();

const STORAGE_CACHE_CONFIGURATION = Symbol('STORAGE_CACHE_CONFIGURATION');

/** Applies `StorageCacheModule.forRoot`'s options while the application is built, before it starts. */
@Module({})
class StorageCacheConfigurationModule {}

/**
 * The application's storage document cache and its LISTEN connection, and the listener's readiness
 * check: a static module, so every module of an application that imports it (the catalog storage
 * facade, the health checks) shares one cache, and two applications in one process keep two.
 *
 * Unconfigured (the backend, scripts) the cache stays bypassed and nothing listens. An application that
 * serves from the cache imports `StorageCacheModule.forRoot(options)` once: its listener then connects
 * when the application starts (unless its data source never connects, or the TTL is 0) and closes with it.
 */
@Module({
  providers: [
    {
      provide: StorageDocumentCache,
      useFactory: () => new StorageDocumentCache(DEFAULT_STORAGE_CACHE_OPTIONS),
    },
    {
      provide: StorageChangeListener,
      useFactory: (cache: StorageDocumentCache, dataSource: DataSource) => {
        const listener: StorageChangeListener = new StorageChangeListener(cache, {
          databaseUrl: () => databaseUrlOf(dataSource),
          heartbeatMs: DEFAULT_STORAGE_CACHE_OPTIONS.heartbeatMs,
          enabled: () => configured.has(listener) && dataSource.isInitialized,
        });
        return listener;
      },
      inject: [StorageDocumentCache, getDataSourceToken()],
    },
    {
      provide: StorageCommitSubscriber,
      useFactory: (cache: StorageDocumentCache, dataSource: DataSource) =>
        StorageCommitSubscriber.attach(cache, dataSource),
      inject: [StorageDocumentCache, getDataSourceToken()],
    },
    StorageCacheReadinessCheck,
  ],
  exports: [StorageDocumentCache, StorageChangeListener, StorageCacheReadinessCheck],
})
export class StorageCacheModule {
  /** Configures the application's cache (import it once per application that serves from it). */
  static forRoot(options: StorageCacheOptions): DynamicModule {
    return {
      module: StorageCacheConfigurationModule,
      imports: [StorageCacheModule],
      providers: [
        {
          provide: STORAGE_CACHE_CONFIGURATION,
          useFactory: (cache: StorageDocumentCache, listener: StorageChangeListener) => {
            cache.configure(options);
            listener.configure({ heartbeatMs: options.heartbeatMs });
            if (options.ttlMs > 0) configured.add(listener);
            return options;
          },
          inject: [StorageDocumentCache, StorageChangeListener],
        },
      ],
      exports: [StorageCacheModule],
    };
  }
}
