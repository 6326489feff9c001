import { ConfigurationError, env, loadConfig } from './config.loader.js';

describe('loadConfig', () => {
  const spec = {
    port: env.port('PORT', 3000),
    databaseUrl: env.postgresUrl('DATABASE_URL'),
    mode: env.oneOf('MODE', ['a', 'b'] as const, 'a'),
  };

  it('applies defaults and reads valid values', () => {
    expect(loadConfig(spec, { DATABASE_URL: 'postgres://u@h:5432/db', MODE: 'b' })).toEqual({
      port: 3000,
      databaseUrl: 'postgres://u@h:5432/db',
      mode: 'b',
    });
  });

  it('reports every problem at once, naming the variables', () => {
    expect(() => loadConfig(spec, { PORT: '70000', DATABASE_URL: 'mysql://h/db', MODE: 'c' })).toThrow(
      ConfigurationError,
    );
    try {
      loadConfig(spec, { PORT: 'abc', MODE: 'c' });
    } catch (error) {
      expect((error as ConfigurationError).problems).toEqual([
        'PORT: "abc" is not a TCP port (0-65535).',
        'DATABASE_URL: is required (postgres://user:password@host:5432/database).',
        'MODE: "c" is not one of a, b.',
      ]);
    }
  });
});
