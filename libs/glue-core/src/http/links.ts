import type { Request } from 'express';
import type { QueryValue } from '../context/glue-request.js';

/**
 * Where an application's links point. Links never come from the request's `Host`: a forged `Host`
 * on a public, cacheable response would poison a shared cache for everybody.
 */
export interface GlueLinkOptions {
  /**
   * The base URL clients call (`https://shop.example`, or `https://example.com/shop-api` when a
   * proxy serves the application under a path prefix it strips), without a trailing slash. When
   * set, every link starts with it, whatever the request's headers say.
   */
  readonly publicUrl: string | null;
  /**
   * The address the application listens on (`http://localhost:3000`): the base when no public URL
   * is set and no trusted proxy names the host it was called on.
   */
  readonly listenUrl: string;
}

export const DEFAULT_LINK_OPTIONS: GlueLinkOptions = { publicUrl: null, listenUrl: 'http://localhost' };

/** `http://localhost:<port>` for a wildcard host (`0.0.0.0`, `::`), else `http://<host>:<port>`. */
export function listenUrl(host: string, port: number): string {
  const wildcard = host === '' || host === '0.0.0.0' || host === '::' || host === '[::]';
  const name = wildcard ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * A configured public URL as links use it: an absolute http(s) URL without credentials, query or
 * fragment, returned without a trailing slash (`https://shop.example/api/` → `https://shop.example/api`).
 * Throws an `Error` saying what is wrong.
 */
export function normalisePublicUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `"${raw}" is not an absolute URL (expected https://shop.example or https://example.com/prefix).`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`must use http: or https:, not ${url.protocol}.`);
  }
  if (url.username !== '' || url.password !== '') throw new Error('must not hold credentials.');
  if (url.search !== '' || url.hash !== '' || raw.includes('?') || raw.includes('#')) {
    throw new Error('must not have a query or a fragment.');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The Express `trust proxy` setting, compiled: whether the peer at `hop` is a trusted proxy. */
type TrustProxy = (address: string | undefined, hop: number) => boolean;

/** A host as RFC 3986 writes it for HTTP (a DNS name, IPv4 or a bracketed IPv6), with an optional port. */
const FORWARDED_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The base every link of this request starts with: the configured public URL; without one, the
 * `X-Forwarded-Proto`/`X-Forwarded-Host` of a trusted proxy (Express's `trust proxy`, `TRUST_PROXY`);
 * else the listen address. The request's `Host` is never used.
 */
export function linkBaseUrl(request: Request, options: GlueLinkOptions): string {
  return options.publicUrl ?? forwardedBaseUrl(request) ?? options.listenUrl;
}

/**
 * `proto://host` as the proxy in front of the application says the client called it, or `null`
 * when the peer is not a trusted proxy or names no valid host. Of a list (`a, b`: the proxy
 * appended its value to one the client sent) the last value counts: the one the trusted proxy
 * nearest to the application wrote.
 */
function forwardedBaseUrl(request: Request): string | null {
  const trust = request.app.get('trust proxy fn') as TrustProxy | undefined;
  if (!trust?.(request.socket.remoteAddress, 0)) return null;
  const host = lastValue(request.headers['x-forwarded-host']);
  if (host === null || !FORWARDED_HOST.test(host)) return null;
  const proto = lastValue(request.headers['x-forwarded-proto'])?.toLowerCase();
  return `${proto === 'https' ? 'https' : 'http'}://${host.toLowerCase()}`;
}

function lastValue(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const joined = Array.isArray(header) ? header.join(',') : header;
  const value = joined.slice(joined.lastIndexOf(',') + 1).trim();
  return value === '' ? null : value;
}

/**
 * Characters a request target may carry that a URI may not (RFC 3986: `[`, `]`, `{`, `|`, `"`, …),
 * and a `%` that starts no percent-encoding. Everything a path or query may hold stays as it is.
 */
const NOT_IN_URI = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;

/**
 * A path or request target (`/a/b?c[d]=e`) as a URI reference: what RFC 3986 does not allow is
 * percent-encoded (`/a/b?c%5Bd%5D=e`), what it allows is kept, existing percent-encodings included.
 */
export function encodeRequestTarget(target: string): string {
  return target.replace(NOT_IN_URI, encodeCharacter);
}

function encodeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x80) return `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
  return encodeComponent(character);
}

/** `?name=value&…`, every name and value percent-encoded (`page%5Boffset%5D=0`); `''` for none. */
export function queryString(query: Readonly<Record<string, QueryValue>>): string {
  let result = '';
  for (const [name, value] of Object.entries(query)) {
    const key = encodeComponent(name);
    for (const item of typeof value === 'string' ? [value] : value) {
      result += `${result === '' ? '?' : '&'}${key}=${encodeComponent(item)}`;
    }
  }
  return result;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `encodeURIComponent`, with a lone surrogate (which it refuses) written as U+FFFD. */
function encodeComponent(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
  }
}
