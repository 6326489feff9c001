import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlueDomainErrorRegistry, GlueHttpException } from '#glue-core';
import { DOMAIN_ERRORS } from './domain-errors.js';

/** Where the facades' public entries live: `#zed-facades/<domain>` is `<domain>/index.ts`. */
const FACADES = fileURLToPath(new URL('../../../../zed-facades/src/', import.meta.url));

/** Entries that are no domain facade: the database wiring of apps, scripts and tests. */
const NOT_A_FACADE: ReadonlySet<string> = new Set(['database']);

/**
 * Error classes a facade exports that never reach the error step, and where they are answered
 * instead. Anything else a facade exports must be mapped in `DOMAIN_ERRORS`.
 */
const ANSWERED_ELSEWHERE: Readonly<Record<string, string>> = {
  OAuthException:
    "FacadeRefreshTokenStore (#resources/shared/oauth) turns it into the OAuth server's OAuthGrantError " +
    '(RFC 6749 invalid_grant), exhaustively over OAuthErrorCode',
};

type ErrorClass = new (code: string, message: string) => Error & { readonly code: string };

interface ExportedErrorClass {
  readonly domain: string;
  readonly name: string;
  readonly errorClass: ErrorClass;
  /** The values of its code enum, `<Name>ErrorCode` for `<Name>Exception`. */
  readonly codes: readonly string[] | undefined;
}

function isErrorClass(value: unknown): value is ErrorClass {
  return typeof value === 'function' && value.prototype instanceof Error;
}

function codesOf(enumeration: unknown): readonly string[] | undefined {
  if (typeof enumeration !== 'object' || enumeration === null) return undefined;
  const values = Object.values(enumeration);
  return values.every((value) => typeof value === 'string') ? values : undefined;
}

const domains = readdirSync(FACADES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FACADES, entry.name, 'index.ts')))
  .map((entry) => entry.name)
  .filter((domain) => !NOT_A_FACADE.has(domain));

const exported: ExportedErrorClass[] = [];
for (const domain of domains) {
  const entry = (await import(`#zed-facades/${domain}`)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(entry)) {
    if (!isErrorClass(value)) continue;
    const codes = codesOf(entry[name.replace(/(Exception|Error)$/, 'ErrorCode')]);
    exported.push({ domain, name, errorClass: value, codes });
  }
}
const mapped = exported.filter((errorClass) => !(errorClass.name in ANSWERED_ELSEWHERE));
const registry = new GlueDomainErrorRegistry(DOMAIN_ERRORS);

describe('DOMAIN_ERRORS', () => {
  it('walks the public entry of every facade and finds its error classes', () => {
    expect(domains).toEqual(
      expect.arrayContaining(['customer', 'oauth', 'price-product', 'product', 'user']),
    );
    expect(exported.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'CustomerException',
        'OAuthException',
        'PriceProductException',
        'ProductException',
        'UserException',
      ]),
    );
  });

  it.each(exported.map((errorClass) => [`${errorClass.domain}: ${errorClass.name}`, errorClass] as const))(
    '%s carries the codes of its enum (<Name>ErrorCode)',
    (_name, { codes }) => {
      expect(codes).toBeDefined();
      expect(codes?.length).toBeGreaterThan(0);
    },
  );

  const cases = mapped.flatMap(({ name, errorClass, codes }) =>
    (codes ?? []).map((code) => [`${name} ${code}`, errorClass, code] as const),
  );
  it.each(cases)('answers %s with a client error (4xx), not a 500', (_name, errorClass, code) => {
    const answer = registry.toGlueException(new errorClass(code, 'The domain refuses.'));
    expect(answer).toBeInstanceOf(GlueHttpException);
    expect(answer?.status).toBeGreaterThanOrEqual(400);
    expect(answer?.status).toBeLessThan(500);
    for (const error of answer?.errors ?? []) expect(error.detail).toBe('The domain refuses.');
  });

  it('maps only classes the facades export, each with exactly the codes of its enum', () => {
    for (const mapping of DOMAIN_ERRORS) {
      const source = mapped.find(({ errorClass }) => errorClass === mapping.errorClass);
      expect(source).toBeDefined();
      expect([...mapping.codes].sort()).toEqual([...(source?.codes ?? [])].sort());
    }
  });

  it.each(Object.keys(ANSWERED_ELSEWHERE))('leaves %s to where it is answered', (name) => {
    const errorClass = exported.find((candidate) => candidate.name === name);
    expect(errorClass).toBeDefined();
    expect(DOMAIN_ERRORS.some((mapping) => mapping.errorClass === errorClass?.errorClass)).toBe(false);
  });
});
