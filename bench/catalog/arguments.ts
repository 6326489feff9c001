import type { CatalogBenchOptions } from './run-catalog.js';

/** `--name value` or `--name=value`; undefined when absent. */
export function argumentValue(args: readonly string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

/** Whether `npm run bench` was asked for the catalog benchmark (`--catalog`, or `--products`). */
export function isCatalogBench(args: readonly string[]): boolean {
  return args.includes('--catalog') || argumentValue(args, '--products') !== undefined;
}

function positiveInteger(text: string, what: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${what} must be a positive integer, not "${text}".`);
  return value;
}

/**
 * The catalog benchmark's options from the command line and the environment: `--products 1000,100000`
 * (default), `--seed 42`, `--reseed`, `--cpu-prof`, `--log-sql`, `--hold`, `--scenario a,b` (or BENCH_SCENARIOS);
 * BENCH_DURATION (10 s measured), BENCH_WARMUP (3 s), BENCH_CONNECTIONS (10),
 * BENCH_CATALOG_POSTGRES_PORT (54339).
 */
export function catalogBenchOptions(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): CatalogBenchOptions {
  const list = (text: string | undefined) => (text ?? '').split(',').filter((item) => item !== '');
  return {
    root,
    products: list(argumentValue(args, '--products') ?? '1000,100000').map((item) =>
      positiveInteger(item, '--products'),
    ),
    seed: positiveInteger(argumentValue(args, '--seed') ?? '42', '--seed'),
    reseed: args.includes('--reseed'),
    cpuProfile: args.includes('--cpu-prof'),
    logSql: args.includes('--log-sql'),
    hold: args.includes('--hold'),
    scenarios: list(argumentValue(args, '--scenario') ?? env['BENCH_SCENARIOS']),
    seconds: positiveInteger(env['BENCH_DURATION'] ?? '10', 'BENCH_DURATION'),
    warmUpSeconds: positiveInteger(env['BENCH_WARMUP'] ?? '3', 'BENCH_WARMUP'),
    connections: positiveInteger(env['BENCH_CONNECTIONS'] ?? '10', 'BENCH_CONNECTIONS'),
    postgresPort: positiveInteger(
      env['BENCH_CATALOG_POSTGRES_PORT'] ?? '54339',
      'BENCH_CATALOG_POSTGRES_PORT',
    ),
  };
}
