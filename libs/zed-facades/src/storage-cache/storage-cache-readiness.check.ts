import { Inject, Injectable } from '@nestjs/common';
import { StorageChangeListener } from './persistence/storage-change.listener.js';

/**
 * Readiness of the storage cache's LISTEN connection: while it is down the process bypasses its cache
 * (correct, but every catalog read goes to the storage table), so it reports itself not ready until
 * LISTEN is back. Matches glue-core's `GlueReadinessCheck` by shape. A process configured without a
 * cache (TTL 0) or one that never connects is ready.
 */
@Injectable()
export class StorageCacheReadinessCheck {
  readonly name = 'storage-cache';

  constructor(@Inject(StorageChangeListener) private readonly listener: StorageChangeListener) {}

  check(): Promise<void> {
    if (this.listener.isExpected && !this.listener.isListening) {
      return Promise.reject(new Error('The storage cache listener is not connected (LISTEN).'));
    }
    return Promise.resolve();
  }
}
