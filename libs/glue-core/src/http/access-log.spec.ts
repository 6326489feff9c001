import type { Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { setRequestContext, type GlueRequestContext } from '../context/request-context.js';
import { accessLog } from './access-log.js';

/** Collects what the access log writes. */
function recorder(): { readonly lines: string[]; readonly logger: Logger } {
  const lines: string[] = [];
  return { lines, logger: { log: (line: string) => lines.push(line) } as unknown as Logger };
}

/** What step 1 and step 2 leave on the request: the application, the request id, whether it routed. */
function glueContext(routed: boolean) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    setRequestContext(req, {
      requestId: 'req-1',
      application: 'storefront',
      startedAt: performance.now(),
      routed,
    } as GlueRequestContext);
    next();
  };
}

/** An Express app as Nest builds it: the access log first, then the routes. */
function app(lines: ReturnType<typeof recorder>, unloggedRoutes: readonly string[] = ['/health-check']) {
  const application = express();
  application.use(accessLog({ logger: lines.logger, unloggedRoutes }));
  application.get('/refresh-tokens/:token', glueContext(true), (_req, res) => {
    res.status(204).end();
  });
  application.get('/health/ready', glueContext(true), (_req, res) => {
    res.json({ status: 'ok' });
  });
  application.get('/health-check', glueContext(true), (_req, res) => {
    res.json({});
  });
  application.use(glueContext(false), (_req: Request, res: Response) => {
    res.status(404).end();
  });
  return application;
}

/** The line is written when the response closes, just after the client has it. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('accessLog', () => {
  it('writes one line per request: application, method, route pattern, status, duration, request id', async () => {
    const log = recorder();
    await request(app(log)).get('/refresh-tokens/s3cr3t-token?password=hunter2&email=a@b.c').expect(204);
    await settle();
    expect(log.lines).toEqual([
      expect.stringMatching(/^storefront GET \/refresh-tokens\/:token 204 \d+\.\dms req-1$/),
    ]);
  });

  it('never writes the path as sent, the query, headers or the body', async () => {
    const log = recorder();
    await request(app(log))
      .get('/refresh-tokens/s3cr3t-token?password=hunter2')
      .set('Authorization', 'Bearer abc.def.ghi')
      .set('Cookie', 'session=xyz');
    await settle();
    const line = log.lines.join('\n');
    for (const secret of ['s3cr3t', 'hunter2', 'password', 'abc.def', 'session', 'xyz']) {
      expect(line).not.toContain(secret);
    }
  });

  it('logs a path no route matched by its first segment only, in printable ASCII', async () => {
    const log = recorder();
    await request(app(log)).get('/wp-admin/setup-config.php?step=1').expect(404);
    await request(app(log)).get('/%0Aforged%20line').expect(404);
    await request(app(log))
      .get(`/${'a'.repeat(200)}`)
      .expect(404);
    await settle();
    expect(log.lines.map((line) => line.split(' ')[2])).toEqual([
      '/wp-admin/…',
      '/%0Aforged%20line',
      `/${'a'.repeat(64)}`,
    ]);
  });

  it('leaves the health endpoints and Glue’s health-check out', async () => {
    const log = recorder();
    await request(app(log)).get('/health/ready').expect(200);
    await request(app(log)).get('/health-check').expect(200);
    await settle();
    expect(log.lines).toEqual([]);
  });

  it('leaves out only the routes themselves: paths that merely begin like them are logged', async () => {
    const log = recorder();
    await request(app(log)).get('/health-checks').expect(404);
    await request(app(log)).get('/health-check/x').expect(404);
    await request(app(log)).get('/health/unknown').expect(404);
    await settle();
    expect(log.lines.map((line) => line.split(' ')[2])).toEqual([
      '/health-checks',
      '/health-check/…',
      '/health/…',
    ]);
  });

  it('knows no route of the application’s own: the application names them', async () => {
    const log = recorder();
    await request(app(log, [])).get('/health-check').expect(200);
    await settle();
    expect(log.lines).toEqual([expect.stringMatching(/^storefront GET \/health-check 200 /)]);
  });
});
