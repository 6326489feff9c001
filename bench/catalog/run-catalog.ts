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
} from './report.js';
import { settledCounters, startStorefront, type StorefrontProcess } from './storefront-process.js';
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
  /** The storefront prints each distinct SQL statement once (stderr), to EXPLAIN it. */
  readonly logSql: boolean;
  /** After the last size, keep its database and storefront running until Ctrl-C (psql, EXPLAIN, curl). */
  readonly hold: boolean;
  /** Scenario names to run; all when empty. */
  readonly scenarios: readonly string[];
  readonly seconds: number;
  readonly warmUpSeconds: number;
  readonly connections: number;
  readonly postgresPort: number;
}

const JSON_API = { Accept: 'application/vnd.api+json' };

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

/**
 * `--hold`: the last size's database (as seeded, reused) and a storefront on it stay up until Ctrl-C,
 * which stops PostgreSQL too: for psql, EXPLAIN (ANALYZE, BUFFERS) and curl.
 */
async function hold(options: CatalogBenchOptions, products: number): Promise<never> {
  const database = await openCatalogDatabase({
    ...options,
    reseed: false,
    products,
    port: options.postgresPort,
  });
  const storefront = await startStorefront(database.url, null, options.logSql);
  console.log(
    `\nHolding (Ctrl-C ends): psql ${database.url}\n  storefront http://127.0.0.1:${storefront.port}`,
  );
  return new Promise<never>(() => undefined);
}

async function benchOneSize(
  options: CatalogBenchOptions,
  products: number,
  scenarios: readonly CatalogScenario[],
) {
  const database = await openCatalogDatabase({ ...options, products, port: options.postgresPort });
  const results: ScenarioResult[] = [];
  let profileDir: string | null = null;
  const seeded =
    database.seedSeconds === null
      ? 'seed time not recorded'
      : `seeded in ${database.seedSeconds.toFixed(1)} s (seed command and VACUUM ANALYZE, wall time${database.reused ? ', by an earlier run' : ''})`;
  const about = `${products} products asked for: ${database.activeProducts} active abstract products, ${database.seededWith} seed, ${seeded}`;
  try {
    console.log(
      `\n${about}; ${options.connections} connections, ${options.warmUpSeconds} s warm-up, ${options.seconds} s measured`,
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
    const storefront = await startStorefront(database.url, profileDir, options.logSql);
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
  return { results, about };
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
  const databases: string[] = [];
  for (const products of options.products) {
    const size = await benchOneSize(options, products, scenarios);
    results.push(...size.results);
    databases.push(`- ${size.about}`);
  }
  const checks = checkTargets(scenarios, results);
  const report = [
    `## Catalog benchmark, ${new Date().toISOString()}`,
    '',
    `${options.connections} connections, ${options.warmUpSeconds} s warm-up, ${options.seconds} s measured per scenario and size.`,
    '',
    ...databases,
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
  const last = options.products.at(-1);
  if (options.hold && last !== undefined) await hold(options, last);
  return failures === 0;
}
