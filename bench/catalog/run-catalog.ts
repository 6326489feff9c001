import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { openCatalogDatabase, type CatalogDatabase } from './catalog-database.js';
import { readCatalogSample } from './catalog-sample.js';
import { postgresCpuProbe } from './proc-stat.js';
import {
  checkTargets,
  maxStatementsBetween,
  resultsTable,
  targetsTable,
  type ScenarioResult,
  type StatementsHistogram,
} from './report.js';
import { CATALOG_SCENARIOS, type CatalogSample, type CatalogScenario } from './scenarios.js';

/**
 * `npm run bench -- --catalog [--products 1000,100000] [--seed 42] [--reseed] [--cpu-prof]
 * [--scenario product-page,listing]`: the catalog scenarios (scenarios.ts) against a database seeded
 * per size (catalog-database.ts), each measured once after a warm-up, with the storefront in a child
 * process (bench/servers.ts) that counts its SQL statements. Prints a markdown table and the targets
 * of issue 13; bench/README.md says how to read them.
 */
export interface CatalogBenchOptions {
  readonly root: string;
  readonly products: readonly number[];
  readonly seed: number;
  readonly reseed: boolean;
  readonly cpuProfile: boolean;
  /** Scenario names to run; all when empty. */
  readonly scenarios: readonly string[];
  readonly seconds: number;
  readonly warmUpSeconds: number;
  readonly connections: number;
  readonly postgresPort: number;
}

const JSON_API = { Accept: 'application/vnd.api+json' };

/** What bench/servers.ts answers to `cpu`. */
interface ServerCounters {
  readonly cpu: NodeJS.CpuUsage;
  readonly statements: number;
  readonly statementsPerRequest: StatementsHistogram;
  readonly requests: number;
}

interface Counters {
  readonly cpuUs: number;
  readonly statements: number;
  readonly statementsPerRequest: StatementsHistogram;
  readonly requests: number;
}

interface StorefrontProcess {
  readonly port: number;
  counters(): Promise<Counters>;
  stop(): Promise<void>;
}

async function startStorefront(databaseUrl: string, profileDir: string | null): Promise<StorefrontProcess> {
  const servers = path.join(path.dirname(import.meta.dirname), 'servers.js');
  const child: ChildProcess = fork(servers, ['--glue-only'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_COUNT_SQL: '1' },
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
async function settledCounters(storefront: StorefrontProcess): Promise<Counters> {
  let previous = await storefront.counters();
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await sleep(100);
    const current = await storefront.counters();
    if (current.requests === previous.requests && current.statements === previous.statements) return current;
    previous = current;
  }
  return previous;
}

/** Runs autocannon on the scenario's paths, the n-th request on path n. */
function load(
  port: number,
  scenario: CatalogScenario,
  sample: CatalogSample,
  seconds: number,
  connections: number,
) {
  let next = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    headers: JSON_API,
    requests: [
      {
        setupRequest: (request) => {
          next += 1;
          return { ...request, path: scenario.path(sample, next) };
        },
      },
    ],
  });
}

async function measureScenario(
  options: CatalogBenchOptions,
  storefront: StorefrontProcess,
  database: CatalogDatabase,
  scenario: CatalogScenario,
  sample: CatalogSample,
  products: number,
): Promise<ScenarioResult> {
  const path0 = scenario.path(sample, 0);
  const probe = await fetch(`http://127.0.0.1:${storefront.port}${path0}`, { headers: JSON_API });
  const probeBody = await probe.text();
  if (probe.status === 404) {
    // Routes built on other branches are missing until merged; the detail tells that from a bad sample.
    const detail = (JSON.parse(probeBody || '{}') as { errors?: { detail?: string }[] }).errors?.[0]?.detail;
    console.warn(`  ${scenario.name}: GET ${path0} answered 404${detail ? `: ${detail}` : ''}`);
    return {
      scenario: scenario.name,
      products,
      missing: 'answered 404 (route not on this branch?)',
      ...{ requestsPerSecond: 0, p50Ms: 0, p99Ms: 0, statementsPerRequest: 0, maxStatementsPerRequest: 0 },
      ...{ serverCpuUs: 0, postgresCpuUs: 0, failures: 0 },
    };
  }
  await load(storefront.port, scenario, sample, options.warmUpSeconds, options.connections);
  const postgresCpu = postgresCpuProbe(database.postmasterPid);
  const [serverBefore, postgresBefore] = [await settledCounters(storefront), await postgresCpu()];
  const result = await load(storefront.port, scenario, sample, options.seconds, options.connections);
  const [serverAfter, postgresAfter] = [await settledCounters(storefront), await postgresCpu()];
  // Per request of those the server received (the load generator counts only those it saw answered).
  const requests = Math.max(1, serverAfter.requests - serverBefore.requests);
  return {
    scenario: scenario.name,
    products,
    missing: null,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statementsPerRequest: (serverAfter.statements - serverBefore.statements) / requests,
    maxStatementsPerRequest: maxStatementsBetween(
      serverBefore.statementsPerRequest,
      serverAfter.statementsPerRequest,
    ),
    serverCpuUs: (serverAfter.cpuUs - serverBefore.cpuUs) / requests,
    postgresCpuUs: (postgresAfter - postgresBefore) / requests,
    failures: result.errors + result.non2xx,
  };
}

async function benchOneSize(
  options: CatalogBenchOptions,
  products: number,
  scenarios: readonly CatalogScenario[],
) {
  const database = await openCatalogDatabase({ ...options, products, port: options.postgresPort });
  const results: ScenarioResult[] = [];
  let profileDir: string | null = null;
  try {
    console.log(
      `\n${products} products asked for: ${database.activeProducts} active abstract products (${database.seededWith} seed); ` +
        `${options.connections} connections, ${options.warmUpSeconds} s warm-up, ${options.seconds} s measured`,
    );
    const sample = await readCatalogSample(database.url);
    if (options.cpuProfile) {
      profileDir = path.join(
        options.root,
        '.data/profiles',
        `${new Date().toISOString().replaceAll(':', '-')}-products-${products}`,
      );
      await mkdir(profileDir, { recursive: true });
    }
    const storefront = await startStorefront(database.url, profileDir);
    try {
      for (const scenario of scenarios) {
        const result = await measureScenario(options, storefront, database, scenario, sample, products);
        results.push(result);
        console.log(
          result.missing
            ? `  ${scenario.name}: ${result.missing}`
            : `  ${scenario.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
                `${result.statementsPerRequest.toFixed(2)} SQL/req (max ${result.maxStatementsPerRequest}), ${result.serverCpuUs.toFixed(0)} µs server CPU/req, ` +
                `${result.postgresCpuUs.toFixed(0)} µs PostgreSQL CPU/req, ${result.failures} failed`,
        );
      }
    } finally {
      await storefront.stop();
    }
  } finally {
    await database.stop();
  }
  if (profileDir) {
    const files = (await readdir(profileDir)).filter((file) => file.endsWith('.cpuprofile'));
    for (const file of files) console.log(`  CPU profile of the storefront: ${path.join(profileDir, file)}`);
  }
  return results;
}

/** Runs every size; prints and writes (`.data/bench-catalog-<time>.md`) the tables. False when requests failed. */
export async function runCatalogBench(options: CatalogBenchOptions): Promise<boolean> {
  const scenarios = CATALOG_SCENARIOS.filter(
    (scenario) => options.scenarios.length === 0 || options.scenarios.includes(scenario.name),
  );
  if (scenarios.length === 0) {
    throw new Error(
      `No catalog scenario named ${options.scenarios.join(', ')}; there are ${CATALOG_SCENARIOS.map((s) => s.name).join(', ')}.`,
    );
  }
  const results: ScenarioResult[] = [];
  for (const products of options.products)
    results.push(...(await benchOneSize(options, products, scenarios)));
  const checks = checkTargets(scenarios, results);
  const report = [
    `## Catalog benchmark, ${new Date().toISOString()}`,
    '',
    resultsTable(results, checks),
    '',
    '### Targets (issue 13)',
    '',
    targetsTable(checks),
    '',
  ].join('\n');
  console.log(`\n${report}`);
  const file = path.join(
    options.root,
    '.data',
    `bench-catalog-${new Date().toISOString().replaceAll(':', '-')}.md`,
  );
  await writeFile(file, report);
  console.log(`Written to ${file}`);
  const failures = results.reduce((sum, result) => sum + result.failures, 0);
  if (failures > 0) console.error(`${failures} requests failed or were not 2xx: the figures are not valid.`);
  return failures === 0;
}
