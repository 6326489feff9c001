import type { CatalogScenario } from './scenarios.js';

/** One scenario measured at one catalogue size. */
export interface ScenarioResult {
  readonly scenario: string;
  /** Abstract products asked for (`--products`). */
  readonly products: number;
  /** Why it was not measured (its route answered 404), or null. */
  readonly missing: string | null;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The mean, over every request the server received. */
  readonly statementsPerRequest: number;
  /** The most one request sent (from the server's per-request tally). */
  readonly maxStatementsPerRequest: number;
  /** Microseconds of the app process's CPU (user + system) per request. */
  readonly serverCpuUs: number;
  /** Microseconds of PostgreSQL's CPU (all its processes) per request. */
  readonly postgresCpuUs: number;
  /** Requests that failed or were answered other than 2xx. */
  readonly failures: number;
}

export type Verdict = 'pass' | 'FAIL' | 'n/a';

export interface TargetCheck {
  readonly scenario: string;
  readonly products: number | null;
  readonly target: string;
  readonly measured: string;
  readonly verdict: Verdict;
}

const REFERENCE_PRODUCTS = 1000;
const SCALE_THROUGHPUT_RATIO = 0.5;

const verdict = (ok: boolean): Verdict => (ok ? 'pass' : 'FAIL');
const fixed = (value: number, digits = 0) => value.toFixed(digits);

/**
 * Every target of issue 13, item 6, against the results: each scenario's own (scenarios.ts), then
 * across sizes: at every size above 1,000 products at least half the 1,000-product throughput, and the
 * same SQL statements per request at every size.
 */
export function checkTargets(
  scenarios: readonly CatalogScenario[],
  results: readonly ScenarioResult[],
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const find = (scenario: string, products: number) =>
    results.find((result) => result.scenario === scenario && result.products === products && !result.missing);
  for (const scenario of scenarios) {
    const { targets } = scenario;
    const measured = results.filter((result) => result.scenario === scenario.name && !result.missing);
    for (const result of measured) {
      const add = (target: string, value: string, ok: boolean) =>
        checks.push({
          scenario: scenario.name,
          products: result.products,
          target,
          measured: value,
          verdict: verdict(ok),
        });
      const throughputApplies =
        targets.minRequestsPerSecond !== undefined &&
        (targets.atProducts === undefined || targets.atProducts === result.products);
      if (throughputApplies) {
        const min = targets.minRequestsPerSecond ?? 0;
        add(`≥ ${min} req/s`, `${fixed(result.requestsPerSecond)} req/s`, result.requestsPerSecond >= min);
      }
      if (targets.maxP99Ms !== undefined) {
        add(`p99 < ${targets.maxP99Ms} ms`, `${fixed(result.p99Ms, 1)} ms`, result.p99Ms < targets.maxP99Ms);
      }
      const ratio = targets.maxServerCpuRatio;
      const reference = ratio ? find(ratio.of, result.products) : undefined;
      if (ratio && reference) {
        const value = result.serverCpuUs / Math.max(1, reference.serverCpuUs);
        add(`server CPU ≤ ${ratio.ratio}× ${ratio.of}`, `${fixed(value, 2)}×`, value <= ratio.ratio);
      }
    }
    const base = find(scenario.name, REFERENCE_PRODUCTS);
    for (const result of measured.filter((r) => r.products > REFERENCE_PRODUCTS)) {
      const ratio = base ? result.requestsPerSecond / Math.max(1, base.requestsPerSecond) : Number.NaN;
      checks.push({
        scenario: scenario.name,
        products: result.products,
        target: `≥ ${SCALE_THROUGHPUT_RATIO} of its req/s at ${REFERENCE_PRODUCTS}`,
        measured: base ? `${fixed(ratio, 2)}` : `not measured at ${REFERENCE_PRODUCTS}`,
        verdict: base ? verdict(ratio >= SCALE_THROUGHPUT_RATIO) : 'n/a',
      });
    }
    if (measured.length > 1) {
      // The most one request sent, not the mean: the mean moves with the mix of products the requests hit.
      const counts = measured.map((result) => result.maxStatementsPerRequest);
      checks.push({
        scenario: scenario.name,
        products: null,
        target: 'max SQL statements/request the same at every size',
        measured: counts.join(' / '),
        verdict: verdict(new Set(counts).size === 1),
      });
    }
  }
  return checks;
}

/** A markdown table: a header row, the separator, one row per entry; cells padded to their column. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const RESULT_HEADER = [
  'scenario',
  'products',
  'req/s',
  'p50 ms',
  'p99 ms',
  'SQL/req',
  'SQL max',
  'server CPU µs/req',
  'PostgreSQL CPU µs/req',
  'failed',
  'targets',
];

/** The measurements, one row per scenario and size, with the verdicts of the targets that apply to it. */
export function resultsTable(results: readonly ScenarioResult[], checks: readonly TargetCheck[]): string {
  const rows = results.map((result) => {
    if (result.missing) {
      return [result.scenario, String(result.products), ...Array<string>(8).fill('—'), result.missing];
    }
    const own = checks.filter(
      (check) => check.scenario === result.scenario && check.products === result.products,
    );
    return [
      result.scenario,
      String(result.products),
      fixed(result.requestsPerSecond),
      fixed(result.p50Ms, 1),
      fixed(result.p99Ms, 1),
      fixed(result.statementsPerRequest, 2),
      String(result.maxStatementsPerRequest),
      fixed(result.serverCpuUs),
      fixed(result.postgresCpuUs),
      String(result.failures),
      own.map((check) => `${check.verdict} ${check.target} (${check.measured})`).join('; '),
    ];
  });
  return markdownTable(RESULT_HEADER, rows);
}

/** The target checks as a table of their own, for the README's results section. */
export function targetsTable(checks: readonly TargetCheck[]): string {
  return markdownTable(
    ['scenario', 'products', 'target', 'measured', 'verdict'],
    checks.map((check) => [
      check.scenario,
      check.products === null ? 'all' : String(check.products),
      check.target,
      check.measured,
      check.verdict,
    ]),
  );
}

/** Requests by the statements each sent, as the server tallies them (bench/sql-statements.ts). */
export type StatementsHistogram = Readonly<Record<string, number>>;

/** The most statements one request sent between two tallies; 0 when no request finished between them. */
export function maxStatementsBetween(before: StatementsHistogram, after: StatementsHistogram): number {
  const sent = Object.entries(after)
    .filter(([statements, requests]) => requests > (before[statements] ?? 0))
    .map(([statements]) => Number(statements));
  return Math.max(0, ...sent);
}
