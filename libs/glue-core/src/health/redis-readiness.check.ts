import { Module, type DynamicModule, type OnModuleDestroy } from '@nestjs/common';
import { closeRedis, connectRedis } from '../redis/redis-client.js';
import type { GlueReadinessCheck } from './glue-readiness.js';

type RedisClient = Awaited<ReturnType<typeof connectRedis>>;

/**
 * Readiness of the Redis the application is configured with (`REDIS_URL`): a PING on a small
 * connection of its own, opened at start and reconnected by node-redis after an outage. Without
 * the offline queue a PING while Redis is away fails at once instead of waiting.
 */
export class RedisReadinessCheck implements GlueReadinessCheck, OnModuleDestroy {
  readonly name = 'redis';

  private constructor(private readonly client: RedisClient) {}

  /** Connects to `url`; fails (and the application's start with it) when Redis is unreachable. */
  static async connect(url: string): Promise<RedisReadinessCheck> {
    return new RedisReadinessCheck(await connectRedis(url, { connectTimeoutMs: 2_000 }));
  }

  async check(): Promise<void> {
    await this.client.ping();
  }

  onModuleDestroy(): Promise<void> {
    return closeRedis(this.client);
  }
}

/** Injection token of the Redis readiness check: `null` when no Redis is configured. */
export const REDIS_READINESS_CHECK = Symbol('REDIS_READINESS_CHECK');

/** Provides `REDIS_READINESS_CHECK` for `GlueApplicationModule.forRoot({ readinessChecks })`. */
@Module({})
export class RedisReadinessModule {
  static forRoot(redisUrl: string | null): DynamicModule {
    return {
      module: RedisReadinessModule,
      providers: [
        {
          provide: REDIS_READINESS_CHECK,
          useFactory: () => (redisUrl === null ? null : RedisReadinessCheck.connect(redisUrl)),
        },
      ],
      exports: [REDIS_READINESS_CHECK],
    };
  }
}
