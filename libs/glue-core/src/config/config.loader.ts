/** One environment variable: how to read it, and what it means when it is wrong. */
export interface ConfigVariable<T> {
  readonly name: string;
  read(raw: string | undefined): T;
}

/**
 * Settings read together into one nested value (an application's auth settings): `load` reads
 * them, typically with `loadConfig`, whose problems are reported with everybody else's.
 */
export interface ConfigGroup<T> {
  readonly load: (env: Readonly<Record<string, string | undefined>>) => T;
}

export type ConfigVariables<T extends object> = {
  readonly [K in keyof T]: ConfigVariable<T[K]> | ConfigGroup<T[K]>;
};

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads a typed configuration from the environment, reporting every problem at once so that start-up
 * stops with one clear message instead of failing later on first use.
 */
export function loadConfig<T extends object>(
  variables: ConfigVariables<T>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): T {
  const problems: string[] = [];
  const config: Partial<T> = {};
  for (const key of Object.keys(variables) as (keyof T)[]) {
    const variable = variables[key];
    if ('load' in variable) {
      try {
        config[key] = variable.load(env);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        problems.push(...error.problems);
      }
      continue;
    }
    try {
      config[key] = variable.read(env[variable.name]);
    } catch (error) {
      problems.push(`${variable.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config as T;
}

/** Unset or blank: the variable takes its default. */
function isAbsent(raw: string | undefined): raw is undefined {
  return raw === undefined || raw.trim() === '';
}

/** A whole number, or `NaN` for anything else. */
function wholeNumber(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

function checkPattern(value: string, pattern: RegExp | undefined): string {
  if (pattern && !pattern.test(value)) throw new Error(`"${value}" does not match ${String(pattern)}.`);
  return value;
}

function parseUrl(raw: string, notAUrl: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new Error(notAUrl);
  }
}

export const env = {
  port(name: string, fallback: number): ConfigVariable<number> {
    return {
      name,
      read: (raw) => {
        if (isAbsent(raw)) return fallback;
        const port = wholeNumber(raw);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error(`"${raw}" is not a TCP port (0-65535).`);
        return port;
      },
    };
  },
  postgresUrl(name: string): ConfigVariable<string> {
    return {
      name,
      read: (raw) => {
        if (isAbsent(raw)) throw new Error('is required (postgres://user:password@host:5432/database).');
        const url = parseUrl(raw, 'is not a URL (expected postgres://user:password@host:5432/database).');
        if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
          throw new Error(`must use postgres:// or postgresql://, not ${url.protocol}//.`);
        }
        if (url.pathname.length <= 1) throw new Error('names no database (…/database at the end).');
        return raw;
      },
    };
  },
  string(name: string, fallback: string, pattern?: RegExp): ConfigVariable<string> {
    return {
      name,
      read: (raw) => {
        return checkPattern(isAbsent(raw) ? fallback : raw, pattern);
      },
    };
  },
  list(name: string, fallback: readonly string[] = []): ConfigVariable<readonly string[]> {
    return {
      name,
      read: (raw) =>
        isAbsent(raw)
          ? fallback
          : raw
              .split(',')
              .map((item) => item.trim())
              .filter((item) => item !== ''),
    };
  },
  /** A whole number between `min` and `max`. */
  integer(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): ConfigVariable<number> {
    return {
      name,
      read: (raw) => {
        if (isAbsent(raw)) return fallback;
        const value = wholeNumber(raw);
        if (!Number.isSafeInteger(value) || value < min || value > max) {
          const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
          throw new Error(`"${raw}" is not a whole number ${range}.`);
        }
        return value;
      },
    };
  },
  /** A whole number of seconds, at least `min`. */
  seconds(name: string, fallback: number, min = 1): ConfigVariable<number> {
    return env.integer(name, fallback, min);
  },
  /** A value that may be absent (`null`); when present it must match `pattern`. */
  optional(name: string, pattern?: RegExp): ConfigVariable<string | null> {
    return {
      name,
      read: (raw) => {
        return isAbsent(raw) ? null : checkPattern(raw, pattern);
      },
    };
  },
  /** An absolute http(s) URL, or `null` when absent. */
  optionalUrl(
    name: string,
    protocols: readonly string[] = ['http:', 'https:'],
  ): ConfigVariable<string | null> {
    return {
      name,
      read: (raw) => {
        if (isAbsent(raw)) return null;
        const url = parseUrl(raw, `"${raw}" is not a URL.`);
        if (!protocols.includes(url.protocol))
          throw new Error(`must use ${protocols.join(' or ')}, not ${url.protocol}.`);
        return raw;
      },
    };
  },
  oneOf<const T extends string>(name: string, values: readonly T[], fallback: T): ConfigVariable<T> {
    return {
      name,
      read: (raw) => {
        if (isAbsent(raw)) return fallback;
        if (!(values as readonly string[]).includes(raw))
          throw new Error(`"${raw}" is not one of ${values.join(', ')}.`);
        return raw as T;
      },
    };
  },
  /** On or off: `1`/`0` (also `true`/`false`, `on`/`off`, `yes`/`no`). */
  flag(name: string, fallback: boolean): ConfigVariable<boolean> {
    return {
      name,
      read: (raw) => {
        if (isAbsent(raw)) return fallback;
        const value = raw.trim().toLowerCase();
        if (['1', 'true', 'on', 'yes'].includes(value)) return true;
        if (['0', 'false', 'off', 'no'].includes(value)) return false;
        throw new Error(`"${raw}" is neither 1 nor 0.`);
      },
    };
  },
};
