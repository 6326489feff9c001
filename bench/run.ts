import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { runMigrations, seedDemoDataIfEmpty, startEmbeddedPostgres } from '#zed-facades/database';

/**
 * `npm run bench`: GET /concrete-products/{sku} through the whole glue-core pipeline against a bare
 * Nest route making the same facade call, measured alternately in the same run so that a noisy
 * machine affects both alike. Prints both throughputs and their ratio (goal ≥ 0.90).
 */
const DURATION_SECONDS = Number(process.env['BENCH_DURATION'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 6);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 16);

interface Measurement {
  readonly requestsPerSecond: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  readonly cpuPerRequest: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

type CpuProbe = () => Promise<number>;

async function measure(
  cpu: CpuProbe,
  port: number,
  skus: readonly string[],
  headers: Record<string, string>,
  seconds: number,
): Promise<Measurement> {
  let next = 0;
  const cpuBefore = await cpu();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    requests: [
      {
        setupRequest: (request) => {
          next = (next + 1) % skus.length;
          return { ...request, path: `/concrete-products/${skus[next] ?? ''}` };
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

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  let databaseUrl = process.env['DATABASE_URL'];
  const embedded = databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(root, '.data/bench-postgres'), port: 54329 });
  databaseUrl ??= embedded?.url ?? '';
  try {
    await runMigrations(databaseUrl);
    await seedDemoDataIfEmpty(databaseUrl);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const skus = (
      await client.query<{ sku: string }>(
        'select sku from product_concrete where is_active order by sku limit 200',
      )
    ).rows.map((row) => row.sku);
    await client.end();

    const servers = fork(path.join(path.dirname(fileURLToPath(import.meta.url)), 'servers.js'), {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    const ports = await new Promise<{ glue: number; baseline: number }>((resolve, reject) => {
      servers.once('message', (message) => resolve(message as { glue: number; baseline: number }));
      servers.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
    });
    const cpu: CpuProbe = () =>
      new Promise((resolve) => {
        servers.once('message', (message) => {
          const usage = (message as { cpu: NodeJS.CpuUsage }).cpu;
          resolve(usage.user + usage.system);
        });
        servers.send('cpu');
      });
    const scenarios = {
      baseline: { port: ports.baseline, headers: {} },
      glue: { port: ports.glue, headers: { Accept: 'application/vnd.api+json' } },
    };
    console.log(
      `GET /concrete-products/{sku}: ${skus.length} skus, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_SECONDS}s each, alternating`,
    );
    for (const scenario of Object.values(scenarios))
      await measure(cpu, scenario.port, skus, scenario.headers, 2); // warm-up
    // ABBA order per pair of rounds, so drift on a shared machine hits both sides alike.
    const totals = { baseline: [] as Measurement[], glue: [] as Measurement[] };
    const ratios: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const order = round % 2 === 1 ? (['baseline', 'glue'] as const) : (['glue', 'baseline'] as const);
      const pair: Partial<Record<'baseline' | 'glue', Measurement>> = {};
      for (const name of order) {
        const result = await measure(
          cpu,
          scenarios[name].port,
          skus,
          scenarios[name].headers,
          DURATION_SECONDS,
        );
        totals[name].push(result);
        pair[name] = result;
        console.log(
          `  round ${round} ${name.padEnd(8)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  ${result.cpuPerRequest.toFixed(0).padStart(4)} µs CPU/req  p99 ${result.p99} ms  errors ${result.errors}  non-2xx ${result.non2xx}`,
        );
      }
      if (pair.glue && pair.baseline)
        ratios.push(pair.glue.requestsPerSecond / pair.baseline.requestsPerSecond);
    }
    const exited = new Promise((resolve) => servers.once('exit', resolve));
    servers.disconnect();
    await exited;
    const mean = (values: readonly Measurement[]) =>
      values.reduce((sum, value) => sum + value.requestsPerSecond, 0) / values.length;
    const baseline = mean(totals.baseline);
    const glue = mean(totals.glue);
    const failures = [...totals.baseline, ...totals.glue].reduce(
      (sum, value) => sum + value.errors + value.non2xx,
      0,
    );
    console.log('');
    const cpuOf = (values: readonly Measurement[]) =>
      values.reduce((sum, value) => sum + value.cpuPerRequest, 0) / values.length;
    console.log(
      `baseline (bare Nest route, same facade call, JSON.stringify): ${baseline.toFixed(0)} req/s, ${cpuOf(totals.baseline).toFixed(0)} µs server CPU/request`,
    );
    console.log(
      `glue     (storefront, whole pipeline, JSON:API):              ${glue.toFixed(0)} req/s, ${cpuOf(totals.glue).toFixed(0)} µs server CPU/request`,
    );
    const sorted = [...ratios].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    console.log(
      `ratio glue/baseline: ${(glue / baseline).toFixed(3)} of the means, ${median.toFixed(3)} median of ${ratios.length} paired rounds (goal >= 0.90)`,
    );
    if (failures > 0) {
      console.error(`${failures} requests failed or were not 2xx: the figures are not valid.`);
      process.exitCode = 1;
    }
  } finally {
    await embedded?.stop();
  }
}

await main();
