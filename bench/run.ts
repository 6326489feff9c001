import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_ACCOUNTS, runMigrations, seedDemoDataAt, startEmbeddedPostgres } from '#zed-facades/database';
import { runAbuse } from './abuse.js';
import { catalogBenchOptions, isCatalogBench } from './catalog/arguments.js';
import { runCatalogBench } from './catalog/run-catalog.js';

/**
 * `npm run bench`, three comparisons, each measured alternately (ABBA) in the same run so that a
 * noisy machine affects both sides alike:
 *
 * 1. pipeline: GET /concrete-products/{sku} through the whole glue-core pipeline against a bare Nest
 *    route making the same facade call (goal ≥ 0.90);
 * 2. include: a page of 12 `abstract-products` with `include=` four relationships against the same
 *    page without includes — what a product listing page costs when it comes in one request;
 * 3. session: an authenticated read, GET /customers/DE--1 with the demo customer's access token
 *    (signature, claims and "is the session revoked?" on every request), against a bare Nest route
 *    making the same facade call without any token.
 *
 * 4. abuse (only when asked for): ordinary requests' p99 latency and the server's peak RSS while
 *    waves of over-the-limit includes, maximal includes and wrong logins hit it (bench/abuse.ts).
 *
 * `npm run bench -- --scenario abuse` (or `BENCH_SCENARIOS=pipeline,session`; comma-separated,
 * `--scenario` wins) picks the scenarios; the default is `pipeline,include,session`.
 *
 * `npm run bench -- --catalog [--products 1000,100000]` is the catalog benchmark instead: catalog
 * search, suggestions, the product page and listings against a seeded database per size
 * (bench/catalog/run-catalog.ts, bench/README.md).
 */
const DURATION_SECONDS = Number(process.env['BENCH_DURATION'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 6);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 16);
const SCENARIOS = (scenarioArgument() ?? process.env['BENCH_SCENARIOS'] ?? 'pipeline,include,session').split(
  ',',
);
const ABUSE_SECONDS = Number(process.env['BENCH_ABUSE_SECONDS'] ?? 10);

/** What bench/servers.ts reports once it listens. */
interface ServerPorts {
  readonly glue: number;
  readonly baseline: number;
  readonly maximalInclude: string;
}

/** `--scenario abuse` or `--scenario=abuse`, as `npm run bench -- --scenario abuse` passes it. */
function scenarioArgument(): string | undefined {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === '--scenario' || arg.startsWith('--scenario='));
  if (index === -1) return undefined;
  const arg = args[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

/** An access token of the demo customer (its 15 minutes outlast the scenario). */
async function demoCustomerToken(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'password',
      username: DEMO_ACCOUNTS.customer.email,
      password: DEMO_ACCOUNTS.customer.password,
    }),
  });
  if (!response.ok) throw new Error(`POST /token answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

const JSON_API = { Accept: 'application/vnd.api+json' };
const INCLUDE = 'concrete-products,abstract-product-prices,abstract-product-image-sets,category-nodes';

interface Measurement {
  readonly requestsPerSecond: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  readonly cpuPerRequest: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

type CpuProbe = () => Promise<number>;

/** One side of a comparison: where to send requests, and the path of the n-th request. */
interface Target {
  readonly label: string;
  readonly port: number;
  readonly headers: Record<string, string>;
  readonly path: (n: number) => string;
}

async function measure(cpu: CpuProbe, target: Target, seconds: number): Promise<Measurement> {
  let next = 0;
  const cpuBefore = await cpu();
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: target.headers,
    requests: [
      {
        setupRequest: (request) => {
          next += 1;
          return { ...request, path: target.path(next) };
        },
      },
    ],
  });
  const requests = Math.max(1, result.requests.total);
  return {
    requestsPerSecond: result.requests.average,
    cpuPerRequest: ((await cpu()) - cpuBefore) / requests,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Measures `reference` and `subject` alternately; prints both and their ratio. False when requests failed. */
async function compare(title: string, cpu: CpuProbe, reference: Target, subject: Target): Promise<boolean> {
  console.log(
    `\n${title}: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_SECONDS}s each, alternating`,
  );
  for (const target of [reference, subject]) await measure(cpu, target, 2); // warm-up
  const totals = new Map<Target, Measurement[]>([
    [reference, []],
    [subject, []],
  ]);
  const ratios: number[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    // ABBA order per pair of rounds, so drift on a shared machine hits both sides alike.
    const order = round % 2 === 1 ? [reference, subject] : [subject, reference];
    const pair = new Map<Target, Measurement>();
    for (const target of order) {
      const result = await measure(cpu, target, DURATION_SECONDS);
      totals.get(target)?.push(result);
      pair.set(target, result);
      console.log(
        `  round ${round} ${target.label.padEnd(10)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  ${result.cpuPerRequest.toFixed(0).padStart(5)} µs CPU/req  p99 ${result.p99} ms  errors ${result.errors}  non-2xx ${result.non2xx}`,
      );
    }
    const [a, b] = [pair.get(reference), pair.get(subject)];
    if (a && b) ratios.push(b.requestsPerSecond / a.requestsPerSecond);
  }
  const all = (target: Target) => totals.get(target) ?? [];
  const mean = (target: Target, pick: (value: Measurement) => number) =>
    all(target).reduce((sum, value) => sum + pick(value), 0) / Math.max(1, all(target).length);
  for (const target of [reference, subject]) {
    console.log(
      `${target.label.padEnd(10)} ${mean(target, (m) => m.requestsPerSecond).toFixed(0)} req/s, ${mean(target, (m) => m.cpuPerRequest).toFixed(0)} µs server CPU/request`,
    );
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const ratio = mean(subject, (m) => m.requestsPerSecond) / mean(reference, (m) => m.requestsPerSecond);
  console.log(
    `ratio ${subject.label}/${reference.label}: ${ratio.toFixed(3)} of the means, ${median.toFixed(3)} median of ${ratios.length} paired rounds`,
  );
  const failures = [...all(reference), ...all(subject)].reduce(
    (sum, value) => sum + value.errors + value.non2xx,
    0,
  );
  if (failures > 0) console.error(`${failures} requests failed or were not 2xx: the figures are not valid.`);
  return failures === 0;
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  if (isCatalogBench(process.argv.slice(2))) {
    const valid = await runCatalogBench(catalogBenchOptions(process.argv.slice(2), process.env, root));
    if (!valid) process.exitCode = 1;
    return;
  }
  let databaseUrl = process.env['DATABASE_URL'];
  const embedded = databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(root, '.data/bench-postgres'),
        port: Number(process.env['BENCH_POSTGRES_PORT'] ?? 54329),
      });
  databaseUrl ??= embedded?.url ?? '';
  try {
    await runMigrations(databaseUrl);
    await seedDemoDataAt(databaseUrl);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const skus = (
      await client.query<{ sku: string }>(
        'select sku from product_concrete where is_active order by sku limit 200',
      )
    ).rows.map((row) => row.sku);
    await client.end();

    const startServers = async (...args: string[]) => {
      const child = fork(path.join(path.dirname(fileURLToPath(import.meta.url)), 'servers.js'), args, {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      });
      const ports = await new Promise<ServerPorts>((resolve, reject) => {
        child.once('message', (message) => resolve(message as ServerPorts));
        child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
      });
      const stop = async () => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.disconnect();
        await exited;
      };
      return { child, ports, stop };
    };
    let valid = true;
    if (SCENARIOS.includes('abuse')) {
      // The storefront alone in its own process: its memory is what is measured.
      const storefront = await startServers('--glue-only');
      try {
        valid &&= await runAbuse({
          pid: storefront.child.pid ?? 0,
          port: storefront.ports.glue,
          skus,
          seconds: ABUSE_SECONDS,
          connections: CONNECTIONS,
          maximalInclude: storefront.ports.maximalInclude,
        });
      } finally {
        await storefront.stop();
      }
    }
    if (!['pipeline', 'include', 'session'].some((scenario) => SCENARIOS.includes(scenario))) {
      if (!valid) process.exitCode = 1;
      return;
    }
    const { child: servers, ports, stop } = await startServers();
    const cpu: CpuProbe = () =>
      new Promise((resolve) => {
        servers.once('message', (message) => {
          const usage = (message as { cpu: NodeJS.CpuUsage }).cpu;
          resolve(usage.user + usage.system);
        });
        servers.send('cpu');
      });
    const pages = Math.floor(skus.length / 12);
    const listing = (query: string) => (n: number) =>
      `/abstract-products?page[limit]=12&page[offset]=${(n % pages) * 12}${query}`;
    const concrete = (n: number) => `/concrete-products/${skus[n % skus.length] ?? ''}`;
    if (SCENARIOS.includes('pipeline')) {
      const ok = await compare(
        `pipeline: GET /concrete-products/{sku}, ${skus.length} skus; baseline = bare Nest route, same facade call, JSON.stringify`,
        cpu,
        { label: 'baseline', port: ports.baseline, headers: {}, path: concrete },
        { label: 'glue', port: ports.glue, headers: JSON_API, path: concrete },
      );
      valid &&= ok;
    }
    if (SCENARIOS.includes('include')) {
      const ok = await compare(
        `include: GET /abstract-products?page[limit]=12&include=${INCLUDE}, ${pages} pages; reference = the same pages without include`,
        cpu,
        { label: 'no-include', port: ports.glue, headers: JSON_API, path: listing('') },
        { label: 'include', port: ports.glue, headers: JSON_API, path: listing(`&include=${INCLUDE}`) },
      );
      valid &&= ok;
    }
    if (SCENARIOS.includes('session')) {
      const customer = '/customers/DE--1';
      const authorization = `Bearer ${await demoCustomerToken(ports.glue)}`;
      const ok = await compare(
        `session: GET ${customer} with the demo customer's access token; baseline = bare Nest route, same facade call, no token`,
        cpu,
        { label: 'baseline', port: ports.baseline, headers: {}, path: () => customer },
        {
          label: 'glue',
          port: ports.glue,
          headers: { ...JSON_API, Authorization: authorization },
          path: () => customer,
        },
      );
      valid &&= ok;
    }
    await stop();
    if (!valid) process.exitCode = 1;
  } finally {
    await embedded?.stop();
  }
}

await main();
