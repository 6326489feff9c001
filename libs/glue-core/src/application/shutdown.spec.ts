import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Module, Query, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { stopGlueApplication } from './shutdown.js';

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
  /** Nest's shutdown hook: what closes the database pool in a real application. */
  onApplicationShutdown(): void {
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
});
