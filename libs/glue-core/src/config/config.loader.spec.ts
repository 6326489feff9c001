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
    let problems: readonly string[] = [];
    try {
      loadConfig(spec, { PORT: 'abc', MODE: 'c' });
    } catch (error) {
      problems = (error as ConfigurationError).problems;
    }
    expect(problems).toEqual([
      'PORT: "abc" is not a TCP port (0-65535).',
      'DATABASE_URL: is required (postgres://user:password@host:5432/database).',
      'MODE: "c" is not one of a, b.',
    ]);
  });
});

describe('config groups and the auth-related variables', () => {
  const spec = {
    port: env.port('PORT', 3000),
    auth: {
      load: (source: Readonly<Record<string, string | undefined>>) =>
        loadConfig(
          {
            ttl: env.seconds('TTL', 900, 30),
            hops: env.integer('HOPS', 0, 0, 10),
            redis: env.optionalUrl('REDIS', ['redis:']),
            pem: env.optional('PEM', /BEGIN/),
          },
          source,
        ),
    },
  };

  it('reads a group into a nested value with its defaults', () => {
    expect(loadConfig(spec, {})).toEqual({ port: 3000, auth: { ttl: 900, hops: 0, redis: null, pem: null } });
    expect(
      loadConfig(spec, { TTL: '60', HOPS: '2', REDIS: 'redis://h:6379', PEM: '--BEGIN--' }).auth,
    ).toEqual({
      ttl: 60,
      hops: 2,
      redis: 'redis://h:6379',
      pem: '--BEGIN--',
    });
  });

  it("reports a group's problems together with everybody else's", () => {
    let problems: readonly string[] = [];
    try {
      loadConfig(spec, { PORT: 'x', TTL: '10', HOPS: '11', REDIS: 'http://h', PEM: 'nope' });
    } catch (error) {
      problems = (error as ConfigurationError).problems;
    }
    expect(problems).toEqual([
      'PORT: "x" is not a TCP port (0-65535).',
      'TTL: "10" is not a whole number of at least 30.',
      'HOPS: "11" is not a whole number from 0 to 10.',
      'REDIS: must use redis:, not http:.',
      'PEM: "nope" does not match /BEGIN/.',
    ]);
  });
});

describe('env.flag', () => {
  const spec = { accessLog: env.flag('ACCESS_LOG', true) };

  it('reads 1/0 (and true/false, on/off, yes/no), defaulting when unset or blank', () => {
    expect(loadConfig(spec, {})).toEqual({ accessLog: true });
    expect(loadConfig(spec, { ACCESS_LOG: ' ' })).toEqual({ accessLog: true });
    expect(loadConfig(spec, { ACCESS_LOG: '0' })).toEqual({ accessLog: false });
    expect(loadConfig(spec, { ACCESS_LOG: 'Off' })).toEqual({ accessLog: false });
    expect(loadConfig(spec, { ACCESS_LOG: 'yes' })).toEqual({ accessLog: true });
  });

  it('names the variable for anything else', () => {
    expect(() => loadConfig(spec, { ACCESS_LOG: 'maybe' })).toThrow(
      'ACCESS_LOG: "maybe" is neither 1 nor 0.',
    );
  });
});
