import { randomUUID } from 'node:crypto';
import {
  MemoryAttemptCounterStore,
  RedisAttemptCounterStore,
  type AttemptCounterStore,
} from './attempt-counter.store.js';
import { DEFAULT_LOGIN_BLOCKER_OPTIONS, LoginBlockedError, LoginBlocker } from './login-blocker.js';

/** The seconds a blocked attempt is told to wait, or `null` when the attempt got its place. */
async function retryAfter(attempt: Promise<void>): Promise<number | null> {
  try {
    await attempt;
    return null;
  } catch (error) {
    if (error instanceof LoginBlockedError) return error.retryAfterSeconds;
    throw error;
  }
}

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

  it('checks at most 5 passwords of one account within 15 minutes, then refuses until the window passes', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1)
      await blocker.reserve('Sonia@example.com', `10.0.0.${attempt}`);
    now += 60_000;
    expect(await retryAfter(blocker.reserve('sonia@example.com', '10.0.0.9'))).toBeNull();
    expect(await retryAfter(blocker.reserve('SONIA@example.com ', '10.0.1.1'))).toBe(14 * 60);
    now += 14 * 60_000;
    expect(await retryAfter(blocker.reserve('sonia@example.com', '10.0.1.1'))).toBeNull();
  });

  it('checks at most 30 passwords from one IP address, whatever the accounts', async () => {
    for (let attempt = 0; attempt < 30; attempt += 1)
      await blocker.reserve(`user${attempt}@example.com`, '10.9.9.9');
    expect(await retryAfter(blocker.reserve('someone@example.com', '10.9.9.9'))).toBe(15 * 60);
    expect(await retryAfter(blocker.reserve('someone@example.com', '10.9.9.10'))).toBeNull();
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped address as the IPv4 address, as the rate limits do', async () => {
    for (let attempt = 0; attempt < 30; attempt += 1)
      await blocker.reserve(`user${attempt}@example.com`, `2001:db8:1:2::${attempt.toString(16)}`);
    // Another address of the same /64: the same client.
    expect(await retryAfter(blocker.reserve('someone@example.com', '2001:db8:1:2:ffff:ffff:ffff:ffff'))).toBe(
      15 * 60,
    );
    expect(await retryAfter(blocker.reserve('someone@example.com', '2001:db8:1:3::1'))).toBeNull();

    for (let attempt = 0; attempt < 30; attempt += 1)
      await blocker.reserve(`mapped${attempt}@example.com`, '::ffff:10.7.7.7');
    expect(await retryAfter(blocker.reserve('someone@example.com', '10.7.7.7'))).toBe(15 * 60);
  });

  it('counts nothing for a refused attempt: a blocked account does not use up its IP address', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await blocker.reserve('victim@example.com', '10.1.1.1');
    for (let attempt = 0; attempt < 100; attempt += 1) {
      expect(await retryAfter(blocker.reserve('victim@example.com', '10.1.1.1'))).toBe(15 * 60);
    }
    // 5 of the IP address's 30 places are used: 25 more accounts may still try from it.
    for (let attempt = 0; attempt < 25; attempt += 1)
      await blocker.reserve(`other${attempt}@example.com`, '10.1.1.1');
    expect(await retryAfter(blocker.reserve('one-more@example.com', '10.1.1.1'))).toBe(15 * 60);
  });

  it('lets only 5 of 50 attempts started at once reach the password check', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => retryAfter(blocker.reserve('a@example.com', '10.0.0.1'))),
    );
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(5);
  });

  it('forgives the account’s failures on success, but gives back only the success’s own place on the IP address', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) await blocker.reserve('a@example.com', '10.0.0.1');
    await blocker.reserve('a@example.com', '10.0.0.1');
    await blocker.recordSuccess('a@example.com', '10.0.0.1');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await retryAfter(blocker.reserve('a@example.com', '10.0.0.2'))).toBeNull();
    }

    // An attacker alternating guesses with logins to an account of their own: 30 guesses, no more.
    for (let guess = 0; guess < 30; guess += 1) {
      await blocker.reserve('attacker@example.com', '10.6.6.6');
      await blocker.recordSuccess('attacker@example.com', '10.6.6.6');
      await blocker.reserve(`victim${guess}@example.com`, '10.6.6.6');
    }
    expect(await retryAfter(blocker.reserve('attacker@example.com', '10.6.6.6'))).toBe(15 * 60);
    expect(await retryAfter(blocker.reserve('victim@example.com', '10.6.6.6'))).toBe(15 * 60);
  });

  it('gives both places back when the check never happened', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await blocker.reserve('a@example.com', '10.0.0.1');
    await blocker.release('a@example.com', '10.0.0.1');
    expect(await retryAfter(blocker.reserve('a@example.com', '10.0.0.1'))).toBeNull();
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
  const prefix = `glue:spec:{${randomUUID()}}`;
  const used: string[] = [];
  const key = (name: string): string => {
    used.push(`${prefix}:${name}`);
    return `${prefix}:${name}`;
  };

  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await Promise.all(used.map((each) => store.clear(each)));
    await store.close();
  });

  it('counts up to the limit within a window that the first count opens', async () => {
    const counter = { key: key('limit'), limit: 2 };
    expect(await store.reserve([counter], 60)).toEqual({ granted: true });
    expect(await store.reserve([counter], 600)).toEqual({ granted: true });
    const refused = await store.reserve([counter], 600);
    expect(refused.granted).toBe(false);
    if (!refused.granted) {
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    await store.clear(counter.key);
    expect(await store.reserve([counter], 60)).toEqual({ granted: true });
  });

  it('reserves on several counters at once, or on none of them', async () => {
    const full = { key: key('full'), limit: 1 };
    const roomy = { key: key('roomy'), limit: 2 };
    await store.reserve([full], 60);
    expect((await store.reserve([roomy, full], 60)).granted).toBe(false);
    // Had the refused reservation counted on `roomy`, this second place would be its third.
    expect(await store.reserve([roomy], 60)).toEqual({ granted: true });
    expect(await store.reserve([roomy], 60)).toEqual({ granted: true });
    expect((await store.reserve([roomy], 60)).granted).toBe(false);
  });

  it('grants exactly the limit to reservations made at the same instant', async () => {
    const counter = { key: key('concurrent'), limit: 5 };
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => store.reserve([counter], 60)));
    expect(outcomes.filter((outcome) => outcome.granted)).toHaveLength(5);
  });

  it('gives a place back, never below zero', async () => {
    const counter = { key: key('release'), limit: 1 };
    await store.release(counter.key);
    await store.reserve([counter], 60);
    await store.release(counter.key);
    await store.release(counter.key);
    expect(await store.reserve([counter], 60)).toEqual({ granted: true });
    expect((await store.reserve([counter], 60)).granted).toBe(false);
  });

  it('forgets a counter when its window passes', async () => {
    const counter = { key: key('short'), limit: 1 };
    await store.reserve([counter], 1);
    expect((await store.reserve([counter], 1)).granted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await store.reserve([counter], 1)).toEqual({ granted: true });
  });
});
