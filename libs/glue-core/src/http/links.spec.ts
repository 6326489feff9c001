import express, { type Request } from 'express';
import {
  encodeRequestTarget,
  linkBaseUrl,
  listenUrl,
  normalisePublicUrl,
  queryString,
  type GlueLinkOptions,
} from './links.js';

/** A request as Express builds it for an application with the given `trust proxy`. */
function requestTo(headers: Record<string, string>, trustProxy?: number): Request {
  const app = express();
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  const lowerCased = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return { app, headers: lowerCased, socket: { remoteAddress: '10.0.0.1' } } as unknown as Request;
}

const LISTENING: GlueLinkOptions = { publicUrl: null, listenUrl: 'http://localhost:3000' };

describe('links', () => {
  describe('the base URL of a request', () => {
    const forged = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };

    it('is the configured public URL, whatever the headers say and whoever is trusted', () => {
      const configured = { ...LISTENING, publicUrl: 'https://shop.example/api' };
      expect(linkBaseUrl(requestTo(forged), configured)).toBe('https://shop.example/api');
      expect(linkBaseUrl(requestTo(forged, 1), configured)).toBe('https://shop.example/api');
    });

    it('is the listen address without a public URL and without a trusted proxy, never Host', () => {
      expect(linkBaseUrl(requestTo(forged), LISTENING)).toBe('http://localhost:3000');
      expect(linkBaseUrl(requestTo(forged, 0), LISTENING)).toBe('http://localhost:3000');
    });

    it('follows a trusted proxy: its X-Forwarded-Host and -Proto, the last of a list', () => {
      expect(linkBaseUrl(requestTo(forged, 1), LISTENING)).toBe('https://evil.example');
      const appended = {
        'X-Forwarded-Host': 'evil.example, Shop.Example:8443',
        'X-Forwarded-Proto': 'http,https',
      };
      expect(linkBaseUrl(requestTo(appended, 1), LISTENING)).toBe('https://shop.example:8443');
      expect(linkBaseUrl(requestTo({ 'X-Forwarded-Host': '[::1]:8080' }, 1), LISTENING)).toBe(
        'http://[::1]:8080',
      );
    });

    it('falls back to the listen address when a trusted proxy names no valid host', () => {
      for (const host of ['', 'evil.example/x', 'evil example', 'a@b', 'evil.example?x', '-x.example']) {
        expect(linkBaseUrl(requestTo({ Host: 'evil.example', 'X-Forwarded-Host': host }, 1), LISTENING)).toBe(
          'http://localhost:3000',
        );
      }
      expect(linkBaseUrl(requestTo({ Host: 'evil.example' }, 1), LISTENING)).toBe('http://localhost:3000');
    });
  });

  it('names the listen address: localhost for a wildcard host, brackets for IPv6', () => {
    expect(listenUrl('0.0.0.0', 3000)).toBe('http://localhost:3000');
    expect(listenUrl('::', 3001)).toBe('http://localhost:3001');
    expect(listenUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080');
    expect(listenUrl('api.internal', 80)).toBe('http://api.internal:80');
    expect(listenUrl('::1', 3000)).toBe('http://[::1]:3000');
  });

  it('normalises a public URL and refuses what cannot be a base of links', () => {
    expect(normalisePublicUrl('https://Shop.Example/')).toBe('https://shop.example');
    expect(normalisePublicUrl('https://shop.example:443/api/v1/')).toBe('https://shop.example/api/v1');
    expect(normalisePublicUrl('http://localhost:3000')).toBe('http://localhost:3000');
    expect(() => normalisePublicUrl('shop.example')).toThrow(/not an absolute URL/);
    expect(() => normalisePublicUrl('ftp://shop.example')).toThrow(/http: or https:/);
    expect(() => normalisePublicUrl('https://user:pw@shop.example')).toThrow(/credentials/);
    expect(() => normalisePublicUrl('https://shop.example/?a=1')).toThrow(/query or a fragment/);
    expect(() => normalisePublicUrl('https://shop.example/#top')).toThrow(/query or a fragment/);
  });

  it('percent-encodes every name and value of a query, brackets included', () => {
    expect(queryString({ 'page[offset]': '0', 'page[limit]': '12' })).toBe(
      '?page%5Boffset%5D=0&page%5Blimit%5D=12',
    );
    expect(queryString({ 'filter[name]': ['a b', 'ä&='] })).toBe(
      '?filter%5Bname%5D=a%20b&filter%5Bname%5D=%C3%A4%26%3D',
    );
    expect(queryString({ lone: '\uD800x' })).toBe('?lone=%EF%BF%BDx');
    expect(queryString({})).toBe('');
  });

  it('percent-encodes what a request target may carry but a URI may not, and keeps the rest', () => {
    expect(encodeRequestTarget('/a/b?c[d]=e&f=%5B')).toBe('/a/b?c%5Bd%5D=e&f=%5B');
    expect(encodeRequestTarget('/a|b^c{d}"e`f<g>h\\i#j')).toBe('/a%7Cb%5Ec%7Bd%7D%22e%60f%3Cg%3Eh%5Ci%23j');
    expect(encodeRequestTarget('/100%/x%4')).toBe('/100%25/x%254');
    expect(encodeRequestTarget("/a-b._~!$&'()*+,;=:@/?x=/?")).toBe("/a-b._~!$&'()*+,;=:@/?x=/?");
    expect(encodeRequestTarget('/é')).toBe('/%C3%A9');
  });
});
