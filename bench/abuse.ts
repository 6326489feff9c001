import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

/**
 * The abuse scenario (`npm run bench -- --scenario abuse`): ordinary catalog traffic against the
 * storefront in a child process, first alone, then while waves of abusive requests hit it, then
 * alone again. Prints the child's RSS before the abuse and its peak during it, the abusive
 * requests' answers, and the p99 latency of the ordinary requests with and without the abuse.
 *
 * Each wave fires at once, and the next starts when it is answered:
 * - 30 include paths a few hundred levels deep (cyclic: abstract-products → concrete-products → …),
 *   which the limits refuse (400, code 4005);
 * - 30 of the biggest include the limits allow (every longest relationship path within the
 *   include depth limit, as the server's registry lists them, on a full page of 100 abstract products);
 * - 50 wrong logins (`POST /token` with a wrong password), which the login blocker may answer 429.
 *
 * `BENCH_ABUSE=cyclic,maximal,logins` (the default) picks the kinds; `BENCH_ABUSE_SECONDS` (10)
 * is the length of each phase.
 */
export interface AbuseOptions {
  readonly pid: number;
  readonly port: number;
  readonly skus: readonly string[];
  readonly seconds: number;
  readonly connections: number;
  /** The biggest include the server's limits allow on `abstract-products` (its longest paths). */
  readonly maximalInclude: string;
}

const JSON_API = 'application/vnd.api+json';
const CYCLIC_LEVELS = 200;

interface Phase {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** Tally of what one kind of abusive request was answered: `"400 4005" → 120`. */
type Answers = Map<string, number>;

export async function runAbuse(options: AbuseOptions): Promise<boolean> {
  const base = `http://127.0.0.1:${options.port}`;
  const ordinary = (seconds: number) => measureOrdinary(base, options, seconds);
  const cyclic = Array.from({ length: CYCLIC_LEVELS }, (_, level) =>
    level % 2 === 0 ? 'concrete-products' : 'abstract-products',
  ).join('.');
  const allKinds = [
    {
      name: 'cyclic',
      label: `30 × cyclic include ${CYCLIC_LEVELS} levels deep`,
      count: 30,
      send: (n: number) =>
        fetch(`${base}/abstract-products?page[limit]=100&page[offset]=${n % 3}&include=${cyclic}`, {
          headers: { Accept: JSON_API },
        }),
    },
    {
      name: 'maximal',
      label: '30 × maximal allowed include, page of 100',
      count: 30,
      send: (n: number) =>
        fetch(
          `${base}/abstract-products?page[limit]=100&page[offset]=${(n % 2) * 100}&include=${options.maximalInclude}`,
          {
            headers: { Accept: JSON_API },
          },
        ),
    },
    {
      name: 'logins',
      label: '50 × wrong login (POST /token)',
      count: 50,
      send: (n: number) =>
        fetch(`${base}/token`, {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
          body: `grant_type=password&username=sonia%40example.com&password=wrong-${n}`,
        }),
    },
  ];

  const chosen = (process.env['BENCH_ABUSE'] ?? 'cyclic,maximal,logins').split(',');
  const kinds = allKinds.filter((kind) => chosen.includes(kind.name));
  console.log(
    `\nabuse: GET /concrete-products/{sku} with ${options.connections} connections, ${options.seconds}s alone, ${options.seconds}s under waves of ${kinds.map((kind) => kind.label).join(', ')}; then ${options.seconds}s alone again`,
  );
  await ordinary(2); // warm-up
  const before = await ordinary(options.seconds);
  const rssBefore = readStatus(options.pid, 'VmRSS');
  const peakReset = resetPeak(options.pid);
  const sampler = sampleRss(options.pid);

  const answers: Answers[] = kinds.map(() => new Map<string, number>());
  let waves = 0;
  let stop = false;
  const abuse = (async () => {
    while (!stop) {
      await Promise.all(
        kinds.flatMap((kind, index) =>
          Array.from({ length: kind.count }, (_, n) =>
            answerOf(kind.send(waves * kind.count + n), answers[index]),
          ),
        ),
      );
      waves += 1;
    }
  })();
  const during = await ordinary(options.seconds);
  stop = true;
  await abuse;
  const sampledPeak = sampler.stop();
  const peak = peakReset ? readStatus(options.pid, 'VmHWM') : sampledPeak;
  const rssAfter = readStatus(options.pid, 'VmRSS');
  const after = await ordinary(options.seconds);

  const row = (label: string, phase: Phase) =>
    console.log(
      `  ${label.padEnd(22)} ${phase.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${phase.p50} ms  p99 ${phase.p99} ms  errors ${phase.errors}  non-2xx ${phase.non2xx}`,
    );
  row('ordinary, no abuse', before);
  row('ordinary, under abuse', during);
  row('ordinary, after abuse', after);
  console.log(`  abuse waves completed: ${waves}`);
  kinds.forEach((kind, index) => {
    const tally = [...(answers[index] ?? new Map<string, number>()).entries()]
      .map(([answer, count]) => `${answer}: ${count}`)
      .join(', ');
    console.log(`  ${kind.label}: ${tally}`);
  });
  console.log(
    `  server RSS before abuse ${mb(rssBefore)}, peak during abuse ${mb(peak)} (${peakReset ? 'VmHWM after reset' : 'sampled every 50 ms'}; sampled max ${mb(sampledPeak)}), after ${mb(rssAfter)}`,
  );
  console.log(
    `  p99 of ordinary requests: ${during.p99} ms under abuse / ${before.p99} ms without = ${(during.p99 / Math.max(1, before.p99)).toFixed(2)}`,
  );
  const failures =
    before.errors + before.non2xx + during.errors + during.non2xx + after.errors + after.non2xx;
  if (failures > 0) console.error(`${failures} ordinary requests failed or were not 2xx.`);
  return failures === 0;
}

async function measureOrdinary(base: string, options: AbuseOptions, seconds: number): Promise<Phase> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: seconds,
    headers: { Accept: JSON_API },
    requests: [
      {
        setupRequest: (request) => {
          next += 1;
          return { ...request, path: `/concrete-products/${options.skus[next % options.skus.length] ?? ''}` };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Adds the answer's status (and glue-core code or OAuth error) to the tally; a network error too. */
async function answerOf(pending: Promise<Response>, tally: Answers | undefined): Promise<void> {
  let answer: string;
  try {
    const response = await pending;
    const body = (await response.json().catch(() => null)) as {
      errors?: { code?: string }[];
      error?: string;
    } | null;
    answer = `${response.status}${body?.errors?.[0]?.code ? ` ${body.errors[0].code}` : ''}${body?.error ? ` ${body.error}` : ''}`;
  } catch (error) {
    answer = `network error (${error instanceof Error ? error.message : String(error)})`;
  }
  tally?.set(answer, (tally.get(answer) ?? 0) + 1);
}

/** A field of /proc/<pid>/status in bytes (`VmRSS`, `VmHWM`: the peak resident set). */
function readStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
}

/** Resets the child's peak RSS (Linux ≥ 4.0: `5` to clear_refs), so VmHWM is the abuse phase's peak. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples the child's RSS every 50 ms until stopped; `stop()` gives the largest sample. */
function sampleRss(pid: number): { stop(): number } {
  let peak = readStatus(pid, 'VmRSS');
  const timer = setInterval(() => {
    peak = Math.max(peak, readStatus(pid, 'VmRSS'));
  }, 50);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, readStatus(pid, 'VmRSS'));
    },
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}
