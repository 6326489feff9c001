import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  IsOneOfVariable,
  IsPortVariable,
  IsPostgresUrlVariable,
  IsPublicUrlVariable,
  IsStringVariable,
  IsSwitchVariable,
  IsUrlVariable,
  IsWholeNumberVariable,
} from './environment.decorators.js';
import {
  configGroup,
  configGroups,
  ConfigurationError,
  environmentVariableNames,
  loadConfigAtBoot,
  readEnvironment,
} from './environment.js';

class ServerVariables {
  @IsPortVariable() readonly PORT: number = 3000;
  @IsPostgresUrlVariable() readonly DATABASE_URL!: string;
  @IsOneOfVariable(['a', 'b']) readonly MODE: string = 'a';
}

function problemsOf(read: () => unknown): readonly string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('readEnvironment', () => {
  it('applies defaults and reads valid values', () => {
    expect({
      ...readEnvironment(ServerVariables, { DATABASE_URL: 'postgres://u@h:5432/db', MODE: 'b' }),
    }).toEqual({
      PORT: 3000,
      DATABASE_URL: 'postgres://u@h:5432/db',
      MODE: 'b',
    });
  });

  it('reports every problem at once, naming the variables', () => {
    expect(() => readEnvironment(ServerVariables, { PORT: '70000', DATABASE_URL: 'mysql://h/db' })).toThrow(
      ConfigurationError,
    );
    expect(problemsOf(() => readEnvironment(ServerVariables, { PORT: 'abc', MODE: 'c' }))).toEqual([
      'PORT: "abc" is not a TCP port (0-65535).',
      'DATABASE_URL: is required (postgres://user:password@host:5432/database).',
      'MODE: "c" is not one of a, b.',
    ]);
  });

  it('reads under a prefix, and names the prefixed variable', () => {
    expect(
      readEnvironment(ServerVariables, { SHOP_PORT: '8080', SHOP_DATABASE_URL: 'postgres://h/db' }, 'SHOP_')
        .PORT,
    ).toBe(8080);
    expect(problemsOf(() => readEnvironment(ServerVariables, { SHOP_PORT: 'x' }, 'SHOP_'))).toEqual([
      'SHOP_PORT: "x" is not a TCP port (0-65535).',
      'SHOP_DATABASE_URL: is required (postgres://user:password@host:5432/database).',
    ]);
  });
});

class LinkVariables {
  @IsPublicUrlVariable() readonly SHOP_PUBLIC_URL: string | null = null;
}

describe('a public URL', () => {
  it('is null when unset and normalised when set', () => {
    expect(readEnvironment(LinkVariables, {}).SHOP_PUBLIC_URL).toBeNull();
    expect(
      readEnvironment(LinkVariables, { SHOP_PUBLIC_URL: ' https://Shop.Example/api/ ' }).SHOP_PUBLIC_URL,
    ).toBe('https://shop.example/api');
  });

  it('names the variable of a URL that cannot be a base of links', () => {
    expect(() => readEnvironment(LinkVariables, { SHOP_PUBLIC_URL: 'shop.example' })).toThrow(
      /SHOP_PUBLIC_URL: "shop.example" is not an absolute URL/,
    );
    expect(() => readEnvironment(LinkVariables, { SHOP_PUBLIC_URL: 'https://shop.example/?x=1' })).toThrow(
      /SHOP_PUBLIC_URL: must not have a query/,
    );
  });
});

class SwitchVariables {
  @IsSwitchVariable() readonly SWITCH: boolean = false;
}

describe('a switch', () => {
  it('reads the usual spellings of a switch, and defaults when unset or blank', () => {
    for (const raw of ['true', '1', 'ON', 'Yes'])
      expect(readEnvironment(SwitchVariables, { SWITCH: raw }).SWITCH).toBe(true);
    for (const raw of ['false', '0', 'off', 'NO'])
      expect(readEnvironment(SwitchVariables, { SWITCH: raw }).SWITCH).toBe(false);
    expect(readEnvironment(SwitchVariables, { SWITCH: ' ' }).SWITCH).toBe(false);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => readEnvironment(SwitchVariables, { SWITCH: 'maybe' })).toThrow(
      'SWITCH: "maybe" is not a switch (true or false).',
    );
  });
});

class AuthVariables {
  @IsWholeNumberVariable(30) readonly TTL: number = 900;
  @IsWholeNumberVariable(0, 10) readonly HOPS: number = 0;
  @IsUrlVariable(['redis:']) readonly REDIS: string | null = null;
  @IsStringVariable(/BEGIN/) readonly PEM: string | null = null;
}

describe('config groups', () => {
  const config = configGroups({
    port: configGroup(ServerVariables, '', (values) => values.PORT),
    auth: configGroup(AuthVariables, '', (values) => ({
      ttl: values.TTL,
      hops: values.HOPS,
      redis: values.REDIS,
      pem: values.PEM,
    })),
  });
  const DATABASE_URL = 'postgres://u@h:5432/db';

  it('reads a group into a nested value with its defaults', () => {
    expect(config.load({ DATABASE_URL })).toEqual({
      port: 3000,
      auth: { ttl: 900, hops: 0, redis: null, pem: null },
    });
    expect(
      config.load({ DATABASE_URL, TTL: '60', HOPS: '2', REDIS: 'redis://h:6379', PEM: '--BEGIN--' }).auth,
    ).toEqual({
      ttl: 60,
      hops: 2,
      redis: 'redis://h:6379',
      pem: '--BEGIN--',
    });
  });

  it("reports a group's problems together with everybody else's", () => {
    expect(
      problemsOf(() =>
        config.load({ DATABASE_URL, PORT: 'x', TTL: '10', HOPS: '11', REDIS: 'http://h', PEM: 'nope' }),
      ),
    ).toEqual([
      'PORT: "x" is not a TCP port (0-65535).',
      'TTL: "10" is not a whole number of at least 30.',
      'HOPS: "11" is not a whole number from 0 to 10.',
      'REDIS: must use redis:, not http:.',
      'PEM: "nope" does not match /BEGIN/.',
    ]);
  });

  it('lists the variables its schema declares', () => {
    expect(environmentVariableNames(config.schema)).toEqual([
      'PORT',
      'DATABASE_URL',
      'MODE',
      'TTL',
      'HOPS',
      'REDIS',
      'PEM',
    ]);
  });
});

describe('loadConfigAtBoot (@nestjs/config)', () => {
  const group = configGroup(ServerVariables, 'GLUE_TEST_', (values) => values);
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  });

  function envFile(contents: string): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'glue-env-')), '.env');
    writeFileSync(file, contents);
    return file;
  }

  it('reads a .env file under the process environment, which wins', async () => {
    process.env['GLUE_TEST_PORT'] = '4000';
    const file = envFile('GLUE_TEST_PORT=5000\nGLUE_TEST_DATABASE_URL=postgres://h/db\n');
    expect(await loadConfigAtBoot(group, file)).toMatchObject({
      PORT: 4000,
      DATABASE_URL: 'postgres://h/db',
    });
  });

  it('stops the start on a value it cannot use, naming the variable', async () => {
    const file = envFile('GLUE_TEST_PORT=eighty\n');
    await expect(loadConfigAtBoot(group, file)).rejects.toThrow(
      /GLUE_TEST_PORT: "eighty" is not a TCP port[\s\S]*GLUE_TEST_DATABASE_URL: is required/,
    );
  });
});
