import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { normalisePublicUrl } from '../http/links.js';

/** A variable's value it could not read, and why (the message names the variable). */
class Unreadable {
  constructor(readonly reason: string) {}
}

/**
 * A variable read by `read` (a set, non-blank value; an unset one keeps the member's default):
 * what `read` throws is the problem reported for the variable. `required`: the message when it is
 * unset and has no default.
 */
export function EnvironmentVariable<T>(read: (raw: string) => T, required?: string): PropertyDecorator {
  const transform = Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    try {
      return read(value);
    } catch (error) {
      return new Unreadable(error instanceof Error ? error.message : String(error));
    }
  });
  const validate = ValidateBy({
    name: 'environmentVariable',
    validator: {
      validate: (value: unknown) =>
        !(value instanceof Unreadable) && (required === undefined || value !== undefined),
      defaultMessage: (args) => (args?.value instanceof Unreadable ? args.value.reason : (required ?? '')),
    },
  });
  return (target, property) => {
    transform(target, property);
    validate(target, property);
  };
}

/** A whole number, or `NaN` for anything else. */
function wholeNumber(raw: string): number {
  return /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
}

function parseUrl(raw: string, notAUrl: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new Error(notAUrl);
  }
}

/** A TCP port (0-65535). */
export const IsPortVariable = (): PropertyDecorator =>
  EnvironmentVariable((raw) => {
    const port = wholeNumber(raw);
    if (!Number.isInteger(port) || port > 65535) throw new Error(`"${raw}" is not a TCP port (0-65535).`);
    return port;
  });

/** A whole number between `min` and `max`. */
export const IsWholeNumberVariable = (min = 0, max = Number.MAX_SAFE_INTEGER): PropertyDecorator =>
  EnvironmentVariable((raw) => {
    const value = wholeNumber(raw);
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
      throw new Error(`"${raw}" is not a whole number ${range}.`);
    }
    return value;
  });

/** A string, matching `pattern` when given. */
export const IsStringVariable = (pattern?: RegExp): PropertyDecorator =>
  EnvironmentVariable((raw) => {
    if (pattern && !pattern.test(raw)) throw new Error(`"${raw}" does not match ${String(pattern)}.`);
    return raw;
  });

/** A comma-separated list (blank items dropped). */
export const IsListVariable = (): PropertyDecorator =>
  EnvironmentVariable((raw) =>
    raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

/** A switch: `true`/`false`, `1`/`0`, `on`/`off` or `yes`/`no` (any case). */
export const IsSwitchVariable = (): PropertyDecorator =>
  EnvironmentVariable((raw) => {
    const value = raw.trim().toLowerCase();
    if (['true', '1', 'on', 'yes'].includes(value)) return true;
    if (['false', '0', 'off', 'no'].includes(value)) return false;
    throw new Error(`"${raw}" is not a switch (true or false).`);
  });

/** One of `values`. */
export const IsOneOfVariable = (values: readonly string[]): PropertyDecorator =>
  EnvironmentVariable((raw) => {
    if (!values.includes(raw)) throw new Error(`"${raw}" is not one of ${values.join(', ')}.`);
    return raw;
  });

/** An absolute URL of one of `protocols`. */
export const IsUrlVariable = (protocols: readonly string[] = ['http:', 'https:']): PropertyDecorator =>
  EnvironmentVariable((raw) => {
    const url = parseUrl(raw, `"${raw}" is not a URL.`);
    if (!protocols.includes(url.protocol))
      throw new Error(`must use ${protocols.join(' or ')}, not ${url.protocol}.`);
    return raw;
  });

/**
 * The public base URL of an application (`https://shop.example`, or with a path prefix): absolute
 * http(s), no credentials, query or fragment; normalised without a trailing slash.
 */
export const IsPublicUrlVariable = (): PropertyDecorator =>
  EnvironmentVariable((raw) => normalisePublicUrl(raw.trim()));

/** A PostgreSQL connection URL naming a database; required. */
export const IsPostgresUrlVariable = (): PropertyDecorator =>
  EnvironmentVariable((raw) => {
    const url = parseUrl(raw, 'is not a URL (expected postgres://user:password@host:5432/database).');
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new Error(`must use postgres:// or postgresql://, not ${url.protocol}//.`);
    }
    if (url.pathname.length <= 1) throw new Error('names no database (…/database at the end).');
    return raw;
  }, 'is required (postgres://user:password@host:5432/database).');
