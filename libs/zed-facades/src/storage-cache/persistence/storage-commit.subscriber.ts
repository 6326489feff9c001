import type {
  DataSource,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { StorageDocumentCache } from '../storage-document.cache.js';
import { takeAnnouncedStorageChanges } from './storage-change.notifier.js';

/**
 * Read your own writes: when a transaction of this application's data source that announced storage
 * changes commits, its process's cache forgets them at once, before the write is acknowledged (other
 * processes hear the NOTIFY). Loads of those keys in flight are not remembered either.
 */
export class StorageCommitSubscriber implements EntitySubscriberInterface {
  constructor(private readonly cache: StorageDocumentCache) {}

  /** Subscribes to `dataSource`'s transactions. */
  static attach(cache: StorageDocumentCache, dataSource: DataSource): StorageCommitSubscriber {
    const subscriber = new StorageCommitSubscriber(cache);
    dataSource.subscribers.push(subscriber);
    return subscriber;
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    // A savepoint released: the transaction itself is still open.
    if (queryRunner.isTransactionActive) return;
    const changes = takeAnnouncedStorageChanges(queryRunner);
    if (changes === 'all') this.cache.clear();
    else this.cache.invalidate(changes);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) takeAnnouncedStorageChanges(queryRunner);
  }
}
