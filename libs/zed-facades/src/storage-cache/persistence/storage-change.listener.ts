import { randomUUID } from 'node:crypto';
import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import type { StorageDocumentCache } from '../storage-document.cache.js';
import {
  parseStorageChange,
  STORAGE_CHANGE_CHANNEL,
  storageHeartbeatMessage,
} from '../storage-change.message.js';

/** Where and how often the listener connects and proves its connection. */
export interface StorageChangeListenerOptions {
  /** The application's database (`DATABASE_URL`): NOTIFY is delivered within one database. */
  readonly databaseUrl: () => string;
  /** How often the connection proves it delivers (a NOTIFY to itself), and how long a proof may take. */
  readonly heartbeatMs: number;
  /** First wait before reconnecting after a loss; doubled per failed attempt up to `maxReconnectDelayMs`. */
  readonly reconnectDelayMs?: number;
  readonly maxReconnectDelayMs?: number;
  /** Whether to listen at all when the application starts (not for a tool that never connects, nor with a TTL of 0). */
  readonly enabled: () => boolean;
}

/**
 * The process's one LISTEN connection (a `pg` client of its own, outside the TypeORM pool) on the
 * storage change channel, feeding the storage document cache: keys it hears are invalidated, a flush
 * clears everything. The cache serves from memory only while this connection is established and proven:
 * a lost connection (an error, its end, a heartbeat that fails or takes longer than `heartbeatMs`)
 * clears the cache and bypasses it until LISTEN is back, since notifications sent meanwhile are lost.
 */
export class StorageChangeListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('StorageChangeListener');
  private client: pg.Client | null = null;
  private pid: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnectDelayMs: number;
  private stopped = true;
  private connecting: Promise<void> | null = null;
  private heartbeat: { readonly token: string; readonly heard: () => void } | null = null;

  constructor(
    private readonly cache: StorageDocumentCache,
    private options: StorageChangeListenerOptions,
  ) {
    this.reconnectDelayMs = options.reconnectDelayMs ?? 100;
  }

  /** Replaces some options before the application starts (`StorageCacheModule.forRoot`). */
  configure(options: Partial<StorageChangeListenerOptions>): void {
    this.options = { ...this.options, ...options };
  }

  /** Whether LISTEN is established (and the cache serves from memory). */
  get isListening(): boolean {
    return this.client !== null && this.cache.isActive;
  }

  /** Whether the listener was started (and not stopped): it means to be listening. */
  get isExpected(): boolean {
    return !this.stopped;
  }

  /** The server process of the LISTEN connection (`pg_stat_activity.pid`), `null` while there is none. */
  get backendPid(): number | null {
    return this.client === null ? null : this.pid;
  }

  /** Connects and LISTENs; when that fails, the cache stays bypassed and the listener retries in the background. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  onModuleInit(): Promise<void> {
    return this.options.enabled() ? this.start() : Promise.resolve();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  /** Closes the connection and stops retrying; the cache is bypassed from now on. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    const client = this.client;
    this.client = null;
    this.cache.setActive(false);
    await Promise.all([client?.end().catch(() => undefined), this.connecting]);
  }

  private connect(): Promise<void> {
    const connecting = this.listen().finally(() => {
      if (this.connecting === connecting) this.connecting = null;
    });
    this.connecting = connecting;
    return connecting;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl(),
      application_name: 'glue storage-cache listener',
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    client.on('notification', (message) => this.hear(client, message.payload));
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${STORAGE_CHANGE_CHANNEL}`);
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      this.pid = rows[0]?.pid ?? null;
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retry(error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.reconnectDelayMs = this.options.reconnectDelayMs ?? 100;
    // Whatever a process knew before it listened may be stale: start from empty.
    this.cache.setActive(true);
    this.schedule(() => this.proveAlive(client), this.options.heartbeatMs);
  }

  private hear(client: pg.Client, payload: string | undefined): void {
    if (client !== this.client) return;
    const change = parseStorageChange(payload);
    switch (change.kind) {
      case 'keys':
        this.cache.invalidate(change.keys);
        return;
      case 'all':
        this.cache.clear();
        return;
      case 'heartbeat':
        if (this.heartbeat?.token === change.token) this.heartbeat.heard();
        return;
    }
  }

  /** Sends itself a notification and waits for it: the proof that changes are being delivered. */
  private async proveAlive(client: pg.Client): Promise<void> {
    const token = randomUUID();
    let timeout: NodeJS.Timeout | undefined;
    const heard = new Promise<void>((resolve, reject) => {
      this.heartbeat = { token, heard: resolve };
      timeout = setTimeout(
        () => reject(new Error(`no heartbeat within ${this.options.heartbeatMs} ms`)),
        this.options.heartbeatMs,
      );
    });
    try {
      await Promise.all([
        client.query('SELECT pg_notify($1, $2)', [STORAGE_CHANGE_CHANNEL, storageHeartbeatMessage(token)]),
        heard,
      ]);
    } catch (error) {
      this.lose(client, error);
      return;
    } finally {
      clearTimeout(timeout);
      this.heartbeat = null;
    }
    if (client === this.client) this.schedule(() => this.proveAlive(client), this.options.heartbeatMs);
  }

  private lose(client: pg.Client, error: unknown): void {
    if (client !== this.client) return;
    this.client = null;
    this.clearTimer();
    this.cache.setActive(false);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`Storage cache bypassed, LISTEN connection lost: ${describe(error)}`);
    this.retry(error);
  }

  private retry(error: unknown): void {
    if (this.stopped) return;
    const delay = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(delay * 2, this.options.maxReconnectDelayMs ?? 2_000);
    this.logger.debug(`LISTEN failed (${describe(error)}); retrying in ${delay} ms`);
    this.schedule(() => this.connect(), delay);
  }

  private schedule(work: () => Promise<void>, delayMs: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void work();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
