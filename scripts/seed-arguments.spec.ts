import { DEFAULT_LARGE_SEED, parseSeedArguments, SeedArgumentError } from './seed-arguments.js';

describe('npm run seed arguments', () => {
  it('asks for the demo data with --demo', () => {
    expect(parseSeedArguments(['--demo'])).toEqual({ kind: 'demo' });
  });

  it('asks for a generated catalogue with --products, the seed defaulting to 42', () => {
    expect(parseSeedArguments(['--products', '100000'])).toEqual({
      kind: 'products',
      products: 100_000,
      seed: DEFAULT_LARGE_SEED,
      force: false,
    });
    expect(parseSeedArguments(['--products=300', '--seed', '7', '--force'])).toEqual({
      kind: 'products',
      products: 300,
      seed: 7,
      force: true,
    });
  });

  it.each([
    [[]],
    [['--seed', '7']],
    [['--demo', '--products', '10']],
    [['--products', '0']],
    [['--products', '1e5']],
    [['--products', '10', '--seed', '-1']],
    [['--products']],
    [['--unknown']],
    [['positional']],
  ])('refuses %j with a line that names both seeds', (argv) => {
    expect(() => parseSeedArguments(argv)).toThrow(SeedArgumentError);
    expect(() => parseSeedArguments(argv)).toThrow(/^Nothing seeded: /);
  });

  it('says which value of --products it refuses', () => {
    expect(() => parseSeedArguments(['--products', 'abc'])).toThrow(
      '--products takes a whole number from 1 to 10000000, not "abc"',
    );
  });
});
