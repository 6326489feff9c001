import type { DataSource } from 'typeorm';

/** Counts the SQL statements a unit of work sends. */
export interface QueryCounter {
  /** Runs `work` and returns its result with the number of statements it sent. */
  count<T>(work: () => Promise<T>): Promise<[T, number]>;
}

/**
 * The "is this session still active?" check of an authenticated request. The session cache repeats it
 * when its entry is older than the staleness bound (1 s), so whether a request sends it depends on the
 * clock, not on the request's shape: it is not counted.
 */
const SESSION_CHECK = /^SELECT revoked_at IS NULL AS active FROM oauth_session\b/;

/**
 * Hooks a DataSource so that tests can prove reads and writes are batch-shaped: the same number of
 * statements for 2 products as for 50. Meant for tests; it wraps every query runner the driver creates.
 * The session check of an authenticated request is left out (see `SESSION_CHECK`).
 */
export function countQueries(dataSource: DataSource): QueryCounter {
  let statements = 0;
  const driver = dataSource.driver as { createQueryRunner: (mode: 'master' | 'slave') => unknown };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode) as { query: (...args: unknown[]) => Promise<unknown> };
    const query = runner.query.bind(runner);
    runner.query = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && SESSION_CHECK.test(args[0]))) statements += 1;
      return query(...args);
    };
    return runner;
  };
  return {
    async count<T>(work: () => Promise<T>): Promise<[T, number]> {
      const before = statements;
      const result = await work();
      return [result, statements - before];
    },
  };
}
