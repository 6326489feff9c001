import {
  MemoryAttemptCounterStore,
  RedisAttemptCounterStore,
  type AttemptCounterStore,
} from './attempt-counter.store.js';
import { DEFAULT_LOGIN_BLOCKER_OPTIONS, LoginBlockedError, LoginBlocker } from './login-blocker.js';

describe('LoginBlocker (production thresholds, in memory with a controlled clock)', () => {
  let now: number;
  let blocker: LoginBlocker;

  beforeEach(() => {
    now = 1_000_000;
    blocker = new LoginBlocker(
      new MemoryAttemptCounterStore(() => now),
      'spec',
      DEFAULT_LOGIN_BLOCKER_OPTIONS,
    );
  });

  const blockedFor = async (account: string, ip: string): Promise<number | null> => {
    try {
      await blocker.assertAllowed(account, ip);
      return null;
    } catch (error) {
      if (error instanceof LoginBlockedError) return error.retryAfterSeconds;
      throw error;
    }
  };

  it('blocks an account after 5 failures within 15 minutes, until the window passes', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1)
      await blocker.recordFailure('Sonia@example.com', `10.0.0.${attempt}`);
    expect(await blockedFor('sonia@example.com', '10.0.1.1')).toBeNull();
    now += 60_000;
    await blocker.recordFailure('sonia@example.com', '10.0.0.9');
    expect(await blockedFor('SONIA@example.com ', '10.0.1.1')).toBe(14 * 60);
    now += 14 * 60_000;
    expect(await blockedFor('sonia@example.com', '10.0.1.1')).toBeNull();
  });

  it('blocks an IP address after 30 failures, whatever the accounts', async () => {
    for (let attempt = 0; attempt < 29; attempt += 1)
      await blocker.recordFailure(`user${attempt}@example.com`, '10.9.9.9');
    expect(await blockedFor('someone@example.com', '10.9.9.9')).toBeNull();
    await blocker.recordFailure('user29@example.com', '10.9.9.9');
    expect(await blockedFor('someone@example.com', '10.9.9.9')).toBe(15 * 60);
    expect(await blockedFor('someone@example.com', '10.9.9.10')).toBeNull();
  });

  it('clears an account’s failures on success', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) await blocker.recordFailure('a@example.com', '10.0.0.1');
    await blocker.recordSuccess('a@example.com');
    await blocker.recordFailure('a@example.com', '10.0.0.1');
    expect(await blockedFor('a@example.com', '10.0.0.1')).toBeNull();
  });
});

/** The contract both stores keep; Redis is exercised where REDIS_URL is set (CI sets it). */
const stores: [string, () => Promise<AttemptCounterStore>][] = [
  ['memory', () => Promise.resolve(new MemoryAttemptCounterStore())],
];
const redisUrl = process.env['REDIS_URL'];
if (redisUrl) stores.push(['redis', () => RedisAttemptCounterStore.connect(redisUrl)]);

describe.each(stores)('%s attempt counter store', (_name, open) => {
  let store: AttemptCounterStore;
  const key = `glue:spec:${process.pid}:${Date.now()}`;

  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.clear(key);
    await store.close();
  });

  it('counts within a window that the first increment opens, and forgets on clear', async () => {
    expect(await store.read(key)).toEqual({ count: 0, resetInSeconds: 0 });
    expect(await store.increment(key, 60)).toEqual({ count: 1, resetInSeconds: 60 });
    const second = await store.increment(key, 600);
    expect(second.count).toBe(2);
    expect(second.resetInSeconds).toBeLessThanOrEqual(60);
    expect((await store.read(key)).count).toBe(2);
    await store.clear(key);
    expect((await store.read(key)).count).toBe(0);
  });

  it('expires a counter when its window passes', async () => {
    await store.increment(`${key}:short`, 1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await store.read(`${key}:short`)).count).toBe(0);
  });
});
