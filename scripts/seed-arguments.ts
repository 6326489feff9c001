import { parseArgs } from 'node:util';

/** What `npm run seed -- …` asks for. */
export type SeedRequest =
  | { readonly kind: 'demo' }
  | { readonly kind: 'products'; readonly products: number; readonly seed: number; readonly force: boolean };

export const DEFAULT_LARGE_SEED = 42;

/** The one line printed when the arguments ask for nothing a seed can do. */
export class SeedArgumentError extends Error {}

const USAGE =
  'ask for the demo data (npm run seed -- --demo; accounts with a published password, never on a database you deploy) or for a generated catalogue (npm run seed -- --products 100000 [--seed 42] [--force]).';

/** Parses `--demo` or `--products N [--seed S] [--force]`; throws `SeedArgumentError` for anything else. */
export function parseSeedArguments(argv: readonly string[]): SeedRequest {
  let values: { demo?: boolean; products?: string; seed?: string; force?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        demo: { type: 'boolean' },
        products: { type: 'string' },
        seed: { type: 'string' },
        force: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new SeedArgumentError(
      `Nothing seeded: ${error instanceof Error ? error.message : String(error)}; ${USAGE}`,
    );
  }
  if (values.demo && values.products === undefined && values.seed === undefined && !values.force) {
    return { kind: 'demo' };
  }
  if (values.demo || values.products === undefined) throw new SeedArgumentError(`Nothing seeded: ${USAGE}`);
  return {
    kind: 'products',
    products: wholeNumber('--products', values.products, 1, 10_000_000),
    seed: values.seed === undefined ? DEFAULT_LARGE_SEED : wholeNumber('--seed', values.seed, 0, 2 ** 31 - 1),
    force: values.force ?? false,
  };
}

function wholeNumber(option: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new SeedArgumentError(
      `Nothing seeded: ${option} takes a whole number from ${min} to ${max}, not "${text}".`,
    );
  }
  return value;
}
