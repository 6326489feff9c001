import type { EntityManager } from 'typeorm';
import {
  STORAGE_CHANGE_CHANNEL,
  storageChangeMessages,
  storageFlushMessage,
} from '../storage-change.message.js';

/**
 * Tells every process's storage cache that the documents of `keys` changed. Call it with the manager
 * of the transaction that writes them: PostgreSQL delivers the notifications when that transaction
 * commits (never before, never for a rollback), so a process that hears one reads the new documents.
 * One statement whatever the number of keys; `'all'` flushes every cache (a rebuild).
 */
export async function notifyStorageChanged(
  manager: EntityManager,
  keys: Iterable<string> | 'all',
): Promise<void> {
  const messages = keys === 'all' ? [storageFlushMessage()] : storageChangeMessages(keys);
  if (messages.length === 0) return;
  await manager.query('SELECT pg_notify($1, message) FROM unnest($2::text[]) AS message', [
    STORAGE_CHANGE_CHANNEL,
    messages,
  ]);
}
