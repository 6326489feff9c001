import { argumentValue, catalogBenchOptions, isCatalogBench } from './arguments.js';

describe('catalog benchmark arguments', () => {
  it('reads --name value and --name=value', () => {
    expect(argumentValue(['--products', '10,20'], '--products')).toBe('10,20');
    expect(argumentValue(['--products=30'], '--products')).toBe('30');
    expect(argumentValue(['--catalog'], '--products')).toBeUndefined();
  });

  it('is the catalog benchmark with --catalog or --products only', () => {
    expect(isCatalogBench(['--catalog'])).toBe(true);
    expect(isCatalogBench(['--products=1000'])).toBe(true);
    expect(isCatalogBench(['--scenario', 'abuse'])).toBe(false);
  });

  it('defaults to 1,000 and 100,000 products, 10 connections, every scenario', () => {
    expect(catalogBenchOptions(['--catalog'], {}, '/repo')).toEqual({
      root: '/repo',
      products: [1000, 100000],
      seed: 42,
      reseed: false,
      cpuProfile: false,
      logSql: false,
      hold: false,
      scenarios: [],
      seconds: 10,
      warmUpSeconds: 3,
      connections: 10,
      postgresPort: 54339,
    });
  });

  it('takes sizes, seed, scenarios and flags from the command line, durations from the environment', () => {
    const options = catalogBenchOptions(
      [
        '--products',
        '300',
        '--seed=7',
        '--reseed',
        '--cpu-prof',
        '--log-sql',
        '--hold',
        '--scenario',
        'listing',
      ],
      { BENCH_DURATION: '4', BENCH_SCENARIOS: 'suggestions' },
      '/repo',
    );
    expect(options).toMatchObject({
      products: [300],
      seed: 7,
      reseed: true,
      cpuProfile: true,
      logSql: true,
      hold: true,
      scenarios: ['listing'],
      seconds: 4,
    });
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => catalogBenchOptions(['--products', '1000,1e3x'], {}, '/repo')).toThrow(
      '--products must be a positive integer, not "1e3x".',
    );
  });
});
