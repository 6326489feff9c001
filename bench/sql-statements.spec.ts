import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { countSqlStatements } from './sql-statements.js';

type Query = (...args: unknown[]) => unknown;
const prototype = pg.Client.prototype as unknown as { query: Query };

describe('countSqlStatements', () => {
  const original = prototype.query;
  const sent: unknown[] = [];
  beforeEach(() => {
    // No database: the driver's query is replaced by one that answers at once.
    prototype.query = (...args: unknown[]) => {
      sent.push(args[0]);
      return Promise.resolve({ rows: [] });
    };
  });
  afterEach(() => {
    prototype.query = original;
  });

  const query = (text: string) => prototype.query.call({}, text) as Promise<unknown>;

  it('counts every query of every client, and gives each request the statements it sent, across awaits', async () => {
    const counter = countSqlStatements();
    const server = createServer();
    const done: Promise<void>[] = [];
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const statements = Number(request.url?.slice(1));
      done.push(
        (async () => {
          for (let n = 0; n < statements; n += 1) {
            await new Promise((resolve) => setImmediate(resolve));
            await query(`SELECT ${n}`);
          }
          response.emit('finish');
        })(),
      );
    });
    counter.trackRequests(server);
    // Two requests interleaved, as concurrent requests are: each keeps its own tally.
    for (const url of ['/2', '/3']) {
      server.emit('request', { url } as IncomingMessage, new EventEmitter() as ServerResponse);
    }
    await query('LISTEN outside_any_request');
    await Promise.all(done);
    expect(counter.total()).toBe(6);
    expect(counter.perRequest()).toEqual({ '2': 1, '3': 1 });
    expect(sent).toContain('LISTEN outside_any_request');
  });
});
