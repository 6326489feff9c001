import {
  MAX_STORAGE_CHANGE_PAYLOAD_BYTES,
  parseStorageChange,
  storageChangeMessages,
  storageHeartbeatMessage,
} from './storage-change.message.js';

describe('storage change messages', () => {
  it('names the changed keys once each, in one message when they fit', () => {
    const messages = storageChangeMessages(['price:DE:EUR:001', 'abstract:DE:de_DE:001', 'price:DE:EUR:001']);
    expect(messages).toEqual(['["price:DE:EUR:001","abstract:DE:de_DE:001"]']);
    expect(parseStorageChange(messages[0])).toEqual({
      kind: 'keys',
      keys: ['price:DE:EUR:001', 'abstract:DE:de_DE:001'],
    });
  });

  it('sends nothing for no key', () => {
    expect(storageChangeMessages([])).toEqual([]);
  });

  it('splits many keys into payloads under PostgreSQL’s 8000-byte limit, losing none', () => {
    const keys = Array.from({ length: 2_000 }, (_, index) => `concrete:DE:de_DE:SKU-ÄÖÜ-${index}`);
    const messages = storageChangeMessages(keys);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(Buffer.byteLength(message)).toBeLessThanOrEqual(MAX_STORAGE_CHANGE_PAYLOAD_BYTES);
    }
    const heard = messages.flatMap((message) => {
      const change = parseStorageChange(message);
      return change.kind === 'keys' ? change.keys : [];
    });
    expect(heard).toEqual(keys);
  });

  it('says "everything changed" for a change too large to name (a rebuild) or a key too long', () => {
    const keys = Array.from({ length: 100_000 }, (_, index) => `concrete:DE:de_DE:${index}`);
    expect(storageChangeMessages(keys)).toEqual(['*']);
    expect(storageChangeMessages(['x'.repeat(8_000)])).toEqual(['*']);
    expect(parseStorageChange('*')).toEqual({ kind: 'all' });
  });

  it('reads a heartbeat, and anything unreadable as "everything changed"', () => {
    expect(parseStorageChange(storageHeartbeatMessage('t-1'))).toEqual({ kind: 'heartbeat', token: 't-1' });
    expect(parseStorageChange('not json')).toEqual({ kind: 'all' });
    expect(parseStorageChange('[1,2]')).toEqual({ kind: 'all' });
    expect(parseStorageChange(undefined)).toEqual({ kind: 'all' });
  });
});
