/**
 * The payloads of the storage change channel (PostgreSQL NOTIFY): what changed, in as few messages as fit.
 * A payload must stay under PostgreSQL's 8000 bytes; a change too large to name its keys in a few
 * messages says "everything changed" instead.
 */

/** The channel every process LISTENs on (per database: NOTIFY never crosses databases). */
export const STORAGE_CHANGE_CHANNEL = 'glue_storage_changed';

/** PostgreSQL refuses a payload of 8000 bytes or more; keep a margin. */
export const MAX_STORAGE_CHANGE_PAYLOAD_BYTES = 7_900;

/** Past this many messages one write flushes every process's cache instead (a rebuild, a bulk import). */
export const MAX_STORAGE_CHANGE_MESSAGES = 64;

const FLUSH_ALL = '*';
const HEARTBEAT_PREFIX = '?';

/** A decoded payload: keys whose documents changed, everything, or a listener's proof of life. */
export type StorageChange =
  | { readonly kind: 'keys'; readonly keys: readonly string[] }
  | { readonly kind: 'all' }
  | { readonly kind: 'heartbeat'; readonly token: string };

/** The payloads announcing that the documents of `keys` changed (none for no key). */
export function storageChangeMessages(keys: Iterable<string>): string[] {
  const messages: string[] = [];
  let batch: string[] = [];
  let batchBytes = 2;
  for (const key of new Set(keys)) {
    const keyBytes = Buffer.byteLength(JSON.stringify(key)) + 1;
    if (2 + keyBytes > MAX_STORAGE_CHANGE_PAYLOAD_BYTES) return [FLUSH_ALL];
    if (batchBytes + keyBytes > MAX_STORAGE_CHANGE_PAYLOAD_BYTES) {
      messages.push(JSON.stringify(batch));
      if (messages.length >= MAX_STORAGE_CHANGE_MESSAGES) return [FLUSH_ALL];
      batch = [];
      batchBytes = 2;
    }
    batch.push(key);
    batchBytes += keyBytes;
  }
  if (batch.length > 0) messages.push(JSON.stringify(batch));
  return messages;
}

/** The payload announcing that every document may have changed. */
export function storageFlushMessage(): string {
  return FLUSH_ALL;
}

/** The payload a listener sends itself to prove that its connection delivers. */
export function storageHeartbeatMessage(token: string): string {
  return `${HEARTBEAT_PREFIX}${token}`;
}

/** Reads a payload; one it cannot read counts as "everything changed" (never keep what may be stale). */
export function parseStorageChange(payload: string | undefined): StorageChange {
  if (payload === undefined || payload === FLUSH_ALL) return { kind: 'all' };
  if (payload.startsWith(HEARTBEAT_PREFIX)) {
    return { kind: 'heartbeat', token: payload.slice(HEARTBEAT_PREFIX.length) };
  }
  try {
    const keys: unknown = JSON.parse(payload);
    if (Array.isArray(keys) && keys.every((key) => typeof key === 'string')) {
      return { kind: 'keys', keys };
    }
  } catch {
    // Not JSON: see below.
  }
  return { kind: 'all' };
}
