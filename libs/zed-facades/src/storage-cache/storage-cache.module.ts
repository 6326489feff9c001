import { Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { StorageChangeListener } from './persistence/storage-change.listener.js';
import { StorageCacheReadinessCheck } from './storage-cache-readiness.check.js';
import { StorageDocumentCache } from './storage-document.cache.js';
import type { StorageCacheOptions } from './transfer/storage-cache-options.transfer.js';

function databaseUrlOf(dataSource: DataSource): string {
  const { url } = dataSource.options as { readonly url?: string };
  if (url === undefined)
    throw new Error('The storage cache listener needs the data source configured by URL.');
  return url;
}

/**
 * The application's storage document cache and its LISTEN connection (one of each per application:
 * two applications in one process keep separate caches), and the listener's readiness check. The
 * listener connects when the application starts (unless its data source never connects, or the TTL is
 * 0) and closes with it.
 */
@Module({})
export class StorageCacheModule {
  private static readonly definitions = new Map<string, DynamicModule>();

  static forRoot(options: StorageCacheOptions): DynamicModule {
    // The same definition for the same options: every module that imports it shares one instance per application.
    const key = JSON.stringify(options);
    let definition = StorageCacheModule.definitions.get(key);
    if (!definition) {
      definition = {
        module: StorageCacheModule,
        providers: [
          { provide: StorageDocumentCache, useFactory: () => new StorageDocumentCache(options) },
          {
            provide: StorageChangeListener,
            useFactory: (cache: StorageDocumentCache, dataSource: DataSource) =>
              new StorageChangeListener(cache, {
                databaseUrl: () => databaseUrlOf(dataSource),
                heartbeatMs: options.heartbeatMs,
                enabled: () => dataSource.isInitialized && options.ttlMs > 0,
              }),
            inject: [StorageDocumentCache, getDataSourceToken()],
          },
          StorageCacheReadinessCheck,
        ],
        exports: [StorageDocumentCache, StorageChangeListener, StorageCacheReadinessCheck],
      };
      StorageCacheModule.definitions.set(key, definition);
    }
    return definition;
  }
}
