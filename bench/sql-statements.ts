import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import pg from 'pg';

/** How many requests sent how many SQL statements: `{ "8": 1200, "7": 40 }`. */
export type StatementsHistogram = Record<string, number>;

export interface SqlStatementCounter {
  /** Statements sent so far by this process. */
  total(): number;
  /** Requests finished so far, by the statements each sent (tracked servers only). */
  perRequest(): StatementsHistogram;
  /**
   * Attributes the statements sent while a request of `server` is served to that request; call it once
   * the application has attached its request listener.
   */
  trackRequests(server: Server): void;
}

/**
 * Counts the SQL statements this process sends to PostgreSQL: every `query` of every `pg` client
 * (TypeORM's pool, and any other client of the application such as a LISTEN connection). Wrapping the
 * driver, not TypeORM, sees every statement whichever layer sends it; transaction control
 * (`START TRANSACTION`, `COMMIT`) counts, as it costs a round trip too. For the benchmark's server
 * process only (`BENCH_COUNT_SQL=1`); `logFirstOfEach` prints each distinct statement once, to stderr.
 */
export function countSqlStatements(options: { readonly logFirstOfEach?: boolean } = {}): SqlStatementCounter {
  let statements = 0;
  const logged = new Set<string>();
  const histogram = new Map<number, number>();
  const currentRequest = new AsyncLocalStorage<{ statements: number }>();
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = prototype.query;
  prototype.query = function countedQuery(this: unknown, ...args: unknown[]): unknown {
    statements += 1;
    const request = currentRequest.getStore();
    if (request) request.statements += 1;
    const [text, parameters] = args;
    if (options.logFirstOfEach && typeof text === 'string' && !logged.has(text)) {
      // Each statement once, with the parameters of its first use: ready for EXPLAIN (ANALYZE, BUFFERS).
      logged.add(text);
      console.error(
        `[sql] ${text.trim()}${Array.isArray(parameters) ? ` -- parameters: ${JSON.stringify(parameters)}` : ''}`,
      );
    }
    return query.apply(this, args);
  };
  return {
    total: () => statements,
    perRequest: () => Object.fromEntries(histogram),
    trackRequests: (server) => {
      // The server's listeners (Express) run inside the request's tally, and everything they await:
      // `run` scopes it to the request, so nothing after it (another request, a LISTEN) is counted in.
      const listeners = server.listeners('request') as ((...args: unknown[]) => void)[];
      server.removeAllListeners('request');
      server.on('request', (request: IncomingMessage, response: ServerResponse) => {
        const tally = { statements: 0 };
        response.once('finish', () =>
          histogram.set(tally.statements, (histogram.get(tally.statements) ?? 0) + 1),
        );
        currentRequest.run(tally, () => {
          for (const listener of listeners) listener.call(server, request, response);
        });
      });
    },
  };
}
