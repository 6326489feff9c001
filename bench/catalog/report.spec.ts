import {
  checkTargets,
  markdownTable,
  maxStatementsBetween,
  resultsTable,
  targetsTable,
  type ScenarioResult,
} from './report.js';
import type { CatalogScenario } from './scenarios.js';

const scenario = (name: string, targets: CatalogScenario['targets']): CatalogScenario => ({
  name,
  description: name,
  path: () => '/',
  targets,
});

const result = (scenarioName: string, products: number, values: Partial<ScenarioResult>): ScenarioResult => ({
  scenario: scenarioName,
  products,
  missing: null,
  requestsPerSecond: 1000,
  p50Ms: 5,
  p99Ms: 20,
  statementsPerRequest: 3,
  maxStatementsPerRequest: 3,
  serverCpuUs: 500,
  postgresCpuUs: 300,
  failures: 0,
  ...values,
});

describe('markdownTable', () => {
  it('pads every cell to its column and separates the header', () => {
    expect(markdownTable(['a', 'long header'], [['value', 'x']])).toBe(
      ['| a     | long header |', '| ----- | ----------- |', '| value | x           |'].join('\n'),
    );
  });
});

describe('checkTargets', () => {
  const scenarios = [
    scenario('page', { minRequestsPerSecond: 1000, maxP99Ms: 30 }),
    scenario('search', { minRequestsPerSecond: 250, atProducts: 1000 }),
    scenario('plain', {}),
    scenario('rich', { maxServerCpuRatio: { of: 'plain', ratio: 2 } }),
  ];

  it('checks throughput and p99 at every size, or at the size a target names', () => {
    const checks = checkTargets(scenarios, [
      result('page', 1000, { requestsPerSecond: 1200, p99Ms: 29.9 }),
      result('page', 100000, { requestsPerSecond: 900, p99Ms: 30 }),
      result('search', 1000, { requestsPerSecond: 240 }),
      result('search', 100000, { requestsPerSecond: 200 }),
    ]);
    const at = (name: string, products: number | null) =>
      checks
        .filter((check) => check.scenario === name && check.products === products)
        .map(({ target, measured, verdict }) => `${verdict} ${target}: ${measured}`);
    expect(at('page', 1000)).toEqual(['pass ≥ 1000 req/s: 1200 req/s', 'pass p99 < 30 ms: 29.9 ms']);
    expect(at('page', 100000)).toEqual([
      'FAIL ≥ 1000 req/s: 900 req/s',
      'FAIL p99 < 30 ms: 30.0 ms',
      'pass ≥ 0.5 of its req/s at 1000: 0.75',
    ]);
    expect(at('search', 1000)).toEqual(['FAIL ≥ 250 req/s: 240 req/s']);
    expect(at('search', 100000)).toEqual(['pass ≥ 0.5 of its req/s at 1000: 0.83']);
    expect(at('search', null)).toEqual(['pass max SQL statements/request the same at every size: 3 / 3']);
  });

  it('fails statements per request that grow with the catalogue, and CPU beyond the ratio', () => {
    const checks = checkTargets(scenarios, [
      result('plain', 1000, { serverCpuUs: 1000, statementsPerRequest: 2, maxStatementsPerRequest: 2 }),
      result('plain', 100000, { serverCpuUs: 1000, statementsPerRequest: 2.5, maxStatementsPerRequest: 4 }),
      result('rich', 1000, { serverCpuUs: 2000 }),
      result('rich', 100000, { serverCpuUs: 2100 }),
    ]);
    expect(checks).toContainEqual({
      scenario: 'plain',
      products: null,
      target: 'max SQL statements/request the same at every size',
      measured: '2 / 4',
      verdict: 'FAIL',
    });
    expect(checks.filter((check) => check.target === 'server CPU ≤ 2× plain')).toEqual([
      {
        scenario: 'rich',
        products: 1000,
        target: 'server CPU ≤ 2× plain',
        measured: '2.00×',
        verdict: 'pass',
      },
      {
        scenario: 'rich',
        products: 100000,
        target: 'server CPU ≤ 2× plain',
        measured: '2.10×',
        verdict: 'FAIL',
      },
    ]);
  });

  it('leaves out what was not measured, and says when the reference size is missing', () => {
    const checks = checkTargets(scenarios, [
      result('page', 1000, { missing: 'route answered 404' }),
      result('page', 100000, {}),
    ]);
    expect(checks.map((check) => [check.products, check.target, check.verdict])).toEqual([
      [100000, '≥ 1000 req/s', 'pass'],
      [100000, 'p99 < 30 ms', 'pass'],
      [100000, '≥ 0.5 of its req/s at 1000', 'n/a'],
    ]);
  });
});

describe('resultsTable and targetsTable', () => {
  it('prints a row per result with its verdicts, and dashes for a missing route', () => {
    const results = [
      result('page', 1000, { requestsPerSecond: 1234.4, p50Ms: 4.25, statementsPerRequest: 3 }),
      result('search', 1000, { missing: 'route answered 404' }),
    ];
    const checks = checkTargets([scenario('page', { maxP99Ms: 30 })], results);
    const lines = resultsTable(results, checks).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]?.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'page',
      '1000',
      '1234',
      '4.3',
      '20.0',
      '3.00',
      '3',
      '500',
      '300',
      '0',
      'pass p99 < 30 ms (20.0 ms)',
      '',
    ]);
    expect(lines[3]).toMatch(/^\| search +\| 1000 +\| — +\|.*\| route answered 404 +\|$/);
    expect(targetsTable(checks).split('\n')[2]).toMatch(
      /^\| page +\| 1000 +\| p99 < 30 ms \| 20\.0 ms +\| pass +\|$/,
    );
  });
});

describe('maxStatementsBetween', () => {
  it('is the most statements of a request that finished between the two tallies', () => {
    expect(maxStatementsBetween({ '8': 10, '12': 1 }, { '7': 3, '8': 25, '12': 1 })).toBe(8);
    expect(maxStatementsBetween({}, { '0': 2, '5': 1 })).toBe(5);
    expect(maxStatementsBetween({ '3': 4 }, { '3': 4 })).toBe(0);
  });
});
