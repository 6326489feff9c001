import type { EntityManager, QueryRunner } from 'typeorm';
import {
  STORAGE_CHANGE_CHANNEL,
  storageChangeMessages,
  storageFlushMessage,
} from '../storage-change.message.js';

/** What each open transaction announced, for the writing process's own cache at commit. */
const announced = new WeakMap<QueryRunner, Set<string> | 'all'>();

/**
 * Tells every process's storage cache that the documents of `keys` changed. Call it with the manager
 * of the transaction that writes them: PostgreSQL delivers the notifications when that transaction
 * commits (never before, never for a rollback), so a process that hears one reads the new documents.
 * The writing process's own cache forgets the keys as soon as the commit returns (`StorageCommitSubscriber`),
 * before the write is acknowledged. One statement whatever the number of keys; `'all'` flushes every
 * cache (a rebuild).
 */
export async function notifyStorageChanged(
  manager: EntityManager,
  keys: Iterable<string> | 'all',
): Promise<void> {
  const named = keys === 'all' ? 'all' : [...keys];
  const messages = named === 'all' ? [storageFlushMessage()] : storageChangeMessages(named);
  if (messages.length === 0) return;
  await manager.query('SELECT pg_notify($1, message) FROM unnest($2::text[]) AS message', [
    STORAGE_CHANGE_CHANNEL,
    messages,
  ]);
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive !== true) return;
  const before = announced.get(runner) ?? new Set<string>();
  if (before === 'all' || named === 'all') announced.set(runner, 'all');
  else announced.set(runner, new Set([...before, ...named]));
}

/** What the transaction of `runner` announced, forgotten once taken (at its commit or rollback). */
export function takeAnnouncedStorageChanges(runner: QueryRunner): ReadonlySet<string> | 'all' {
  const changes = announced.get(runner) ?? new Set<string>();
  announced.delete(runner);
  return changes;
}
