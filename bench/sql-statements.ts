import pg from 'pg';

/**
 * Counts the SQL statements this process sends to PostgreSQL: every `query` of every `pg` client
 * (TypeORM's pool, and any other client of the application such as a LISTEN connection). Wrapping the
 * driver, not TypeORM, sees every statement whichever layer sends it; transaction control
 * (`START TRANSACTION`, `COMMIT`) counts, as it costs a round trip too. For the benchmark's server
 * process only (`BENCH_COUNT_SQL=1`): returns the count so far.
 */
export function countSqlStatements(): () => number {
  let statements = 0;
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = prototype.query;
  prototype.query = function countedQuery(this: unknown, ...args: unknown[]): unknown {
    statements += 1;
    return query.apply(this, args);
  };
  return () => statements;
}
