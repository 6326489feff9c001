import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Module, Query, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { stopGlueApplication, stopOnSignal } from './shutdown.js';

@Controller()
class SlowController {
  static finishedAt: number | null = null;
  static closedAt: number | null = null;

  @Get('slow')
  async slow(@Query('ms') ms: string): Promise<{ ok: true }> {
    // Unref'd: a request the test cut off must not keep Jest waiting for its timer.
    await new Promise((resolve) => setTimeout(resolve, Number(ms)).unref());
    SlowController.finishedAt = Date.now();
    return { ok: true };
  }
}

@Module({ controllers: [SlowController] })
class SlowModule {
  /** Set: the shutdown hook waits until it is called (a pool waiting for a connection still held). */
  static hang: (() => void) | null = null;

  /** Nest's shutdown hook: what closes the database pool in a real application. */
  async onApplicationShutdown(): Promise<void> {
    if (SlowModule.hang) await new Promise<void>((resolve) => (SlowModule.hang = resolve));
    SlowController.closedAt = Date.now();
  }
}

interface Answer {
  readonly status: number | null;
  readonly error: string | null;
  readonly at: number;
}

/** A GET over a keep-alive connection, as a browser or a load balancer sends it. */
function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve) => {
    const call = httpRequest({ port, path, host: '127.0.0.1', headers: { Connection: 'keep-alive' } });
    call.on('response', (response: IncomingMessage) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? null, error: null, at: Date.now() }));
    });
    call.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: null, error: error.code ?? error.message, at: Date.now() }),
    );
    call.end();
  });
}

describe('stopGlueApplication', () => {
  let app: INestApplication;
  let port: number;

  beforeEach(async () => {
    SlowController.finishedAt = null;
    SlowController.closedAt = null;
    app = await NestFactory.create(SlowModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer() as { address(): AddressInfo }).address().port;
  });

  afterEach(async () => {
    const hanging = SlowModule.hang;
    SlowModule.hang = null;
    hanging?.();
    await app.close().catch(() => undefined);
  });

  it('lets a request in flight finish, refuses new connections, then closes the application', async () => {
    const inFlight = get(port, '/slow?ms=400');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = stopGlueApplication(app, 5_000).then(() => Date.now());

    const refused = await get(port, '/slow?ms=0');
    expect(refused.error).toBe('ECONNREFUSED');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    const stoppedAt = await stopped;
    // The connection is closed once idle, not held for the keep-alive timeout (5 s).
    expect(stoppedAt - answer.at).toBeLessThan(1_000);
    // The application (its database pool) closed only after the handler was done.
    expect(SlowController.closedAt).not.toBeNull();
    expect(SlowController.closedAt ?? 0).toBeGreaterThanOrEqual(SlowController.finishedAt ?? Infinity);
  });

  it('closes what still runs when the grace period ends', async () => {
    const started = Date.now();
    const tooSlow = get(port, '/slow?ms=3000');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await stopGlueApplication(app, 300);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect((await tooSlow).error).toBe('ECONNRESET');
  });

  it('stops waiting for a close that hangs once the deadline has passed', async () => {
    SlowModule.hang = () => undefined;
    const started = Date.now();
    await stopGlueApplication(app, 5_000, started + 300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(SlowController.closedAt).toBeNull();
  });
});

describe('stopOnSignal', () => {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  let app: INestApplication;
  let port: number;
  let listenersBefore: Map<NodeJS.Signals, Set<NodeJS.SignalsListener>>;

  beforeEach(async () => {
    listenersBefore = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
    SlowController.finishedAt = null;
    app = await NestFactory.create(SlowModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer() as { address(): AddressInfo }).address().port;
  });

  afterEach(async () => {
    // Only the handlers this test added: the worker's own stay.
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!listenersBefore.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
    await app.close().catch(() => undefined);
  });

  it('is one stop: later calls join it, and the process ends once, after `after`, with the first code', async () => {
    const exits: { code: number; at: number }[] = [];
    let afterDoneAt: number | null = null;
    const logged: unknown[] = [];
    const shutdown = stopOnSignal({
      what: 'the test application',
      applications: [app],
      graceMs: 5_000,
      after: async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        afterDoneAt = Date.now();
      },
      exit: (code) => void exits.push({ code, at: Date.now() }),
      logger: {
        log: (line: unknown) => void logged.push(line),
        error: (error: unknown) => void logged.push(error),
      },
    });
    const inFlight = get(port, '/slow?ms=600');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const first = shutdown.stop(0, 'SIGTERM received');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // What cut the stop short before: a parent watcher firing again, a failed start-up.
    const again = [shutdown.stop(0, 'npm (pid 1) is gone'), shutdown.stop(1)];

    expect((await inFlight).status).toBe(200);
    await Promise.all([first, ...again]);
    expect(exits).toEqual([{ code: 0, at: expect.any(Number) }]);
    expect(exits[0]?.at).toBeGreaterThanOrEqual(afterDoneAt ?? Infinity);
    expect(SlowController.finishedAt).not.toBeNull();
    expect(logged).toEqual(['SIGTERM received: stopping the test application …']);
  });
});
