import { randomUUID } from 'node:crypto';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import { ConfigurationError } from '../config/environment.js';
import { DEFAULT_RATE_LIMIT_OPTIONS, rateLimitConfig } from './rate-limit.options.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

type Closable = ThrottlerStorage & { onModuleDestroy?(): Promise<void>; onApplicationShutdown?(): void };

/** The contract `@nestjs/throttler`'s memory storage keeps, which ours in Redis must keep too. */
const stores: [string, () => Promise<Closable>][] = [
  ['memory', () => Promise.resolve(new ThrottlerStorageService())],
];
const redisUrl = process.env['REDIS_URL'];
if (redisUrl) stores.push(['redis', () => RedisThrottlerStorage.connect(redisUrl, `spec-${randomUUID()}`)]);

describe.each(stores)('%s throttler storage', (_name, open) => {
  let storage: Closable;
  const key = () => randomUUID();

  beforeAll(async () => {
    storage = await open();
  });
  afterAll(async () => {
    await storage.onModuleDestroy?.();
    storage.onApplicationShutdown?.();
  });

  it('counts hits in the window, then blocks the one past the limit for the block duration', async () => {
    const counter = key();
    const first = await storage.increment(counter, 60_000, 2, 30_000, 'ip');
    expect(first).toMatchObject({ totalHits: 1, timeToExpire: 60, isBlocked: false });
    expect((await storage.increment(counter, 60_000, 2, 30_000, 'ip')).isBlocked).toBe(false);
    const third = await storage.increment(counter, 60_000, 2, 30_000, 'ip');
    expect(third.isBlocked).toBe(true);
    expect(third.timeToBlockExpire).toBe(30);
    expect((await storage.increment(counter, 60_000, 2, 30_000, 'ip')).isBlocked).toBe(true);
    // Another key counts on its own (the guard's keys name the route and the throttler).
    expect((await storage.increment(key(), 60_000, 2, 30_000, 'ip')).isBlocked).toBe(false);
  });

  it('lets exactly the limit through when hits arrive at the same instant', async () => {
    const counter = key();
    const records = await Promise.all(
      Array.from({ length: 20 }, () => storage.increment(counter, 60_000, 5, 60_000, 'ip')),
    );
    expect(records.filter((record) => !record.isBlocked)).toHaveLength(5);
  });

  it('counts afresh once the block has ended', async () => {
    const counter = key();
    await storage.increment(counter, 1_000, 1, 1_000, 'ip');
    expect((await storage.increment(counter, 1_000, 1, 1_000, 'ip')).isBlocked).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const after = await storage.increment(counter, 1_000, 1, 1_000, 'ip');
    expect(after).toMatchObject({ totalHits: 1, isBlocked: false });
  });
});

describe('rateLimitConfig', () => {
  it('defaults to 30 per client address and 10 per account in 60 s, in memory', () => {
    expect(rateLimitConfig('STOREFRONT').load({})).toEqual(DEFAULT_RATE_LIMIT_OPTIONS);
  });

  it('reads the application’s variables (REDIS_URL is the application’s, read once)', () => {
    expect(
      rateLimitConfig('BACKEND').load({
        BACKEND_RATE_LIMIT_PER_IP: '100',
        BACKEND_RATE_LIMIT_PER_ACCOUNT: '3',
        BACKEND_RATE_LIMIT_WINDOW_SECONDS: '600',
        STOREFRONT_RATE_LIMIT_PER_IP: '1',
        REDIS_URL: 'redis://127.0.0.1:6379',
      }),
    ).toEqual({ perIp: 100, perAccount: 3, windowSeconds: 600 });
  });

  it('refuses a limit below one, naming the variable', () => {
    expect(() => rateLimitConfig('STOREFRONT').load({ STOREFRONT_RATE_LIMIT_PER_IP: '0' })).toThrow(
      ConfigurationError,
    );
    expect(() => rateLimitConfig('STOREFRONT').load({ STOREFRONT_RATE_LIMIT_PER_ACCOUNT: 'ten' })).toThrow(
      /STOREFRONT_RATE_LIMIT_PER_ACCOUNT/,
    );
  });
});
