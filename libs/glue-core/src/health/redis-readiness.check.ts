import { Module, type DynamicModule, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createClient } from 'redis';
import { redisClientOptions } from '../redis/redis-client.options.js';
import type { GlueReadinessCheck } from './glue-readiness.js';

type RedisClient = ReturnType<typeof createClient>;

/**
 * Readiness of the Redis the application is configured with (`REDIS_URL`): a PING on a small
 * connection of its own, opened at start and reconnected by node-redis after an outage. Without
 * the offline queue a PING while Redis is away fails at once instead of waiting.
 */
export class RedisReadinessCheck implements GlueReadinessCheck, OnModuleInit, OnModuleDestroy {
  readonly name = 'redis';
  private readonly client: RedisClient;

  constructor(url: string) {
    this.client = createClient(redisClientOptions(url, 2_000));
    this.client.on('error', () => {
      // node-redis reconnects by itself; the check reports the outage.
    });
  }

  async onModuleInit(): Promise<void> {
    await this.client.connect();
  }

  async check(): Promise<void> {
    await this.client.ping();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
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
          useFactory: () => (redisUrl === null ? null : new RedisReadinessCheck(redisUrl)),
        },
      ],
      exports: [REDIS_READINESS_CHECK],
    };
  }
}
