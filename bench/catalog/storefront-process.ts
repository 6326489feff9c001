import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { StatementsHistogram } from './report.js';

/** What bench/servers.ts answers to `cpu`. */
interface ServerCounters {
  readonly cpu: NodeJS.CpuUsage;
  readonly statements: number;
  readonly statementsPerRequest: StatementsHistogram;
  readonly requests: number;
}

export interface Counters {
  readonly cpuUs: number;
  readonly statements: number;
  readonly statementsPerRequest: StatementsHistogram;
  readonly requests: number;
}

export interface StorefrontProcess {
  readonly port: number;
  counters(): Promise<Counters>;
  stop(): Promise<void>;
}

/**
 * The storefront under load, in a child process of its own (bench/servers.ts `--glue-only`) so that
 * the load generator never shares its event loop; it counts its SQL statements (BENCH_COUNT_SQL=1) and
 * answers `cpu` with its counters. With `profileDir`, Node's --cpu-prof writes its profile there on exit.
 */
export async function startStorefront(
  databaseUrl: string,
  profileDir: string | null,
  logSql: boolean,
): Promise<StorefrontProcess> {
  const servers = path.join(path.dirname(import.meta.dirname), 'servers.js');
  const child: ChildProcess = fork(servers, ['--glue-only'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BENCH_COUNT_SQL: '1',
      BENCH_LOG_SQL: logSql ? '1' : '0',
    },
    execArgv: [...process.execArgv, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { glue: number }).glue));
    child.once('exit', (code) => reject(new Error(`bench/servers exited with ${code}`)));
  });
  return {
    port,
    counters: () =>
      new Promise((resolve) => {
        child.once('message', (message) => {
          const { cpu, ...counts } = message as ServerCounters;
          resolve({ cpuUs: cpu.user + cpu.system, ...counts });
        });
        child.send('cpu');
      }),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The storefront's counters once it is idle: requests the load generator gave up on at the end of a
 * round are still being served for a moment, and their statements belong to that round.
 */
export async function settledCounters(storefront: StorefrontProcess): Promise<Counters> {
  let previous = await storefront.counters();
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await sleep(100);
    const current = await storefront.counters();
    if (current.requests === previous.requests && current.statements === previous.statements) return current;
    previous = current;
  }
  return previous;
}
