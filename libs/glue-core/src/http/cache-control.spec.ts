import { decideCacheControl, NO_STORE, publicCacheControl } from './cache-control.js';

describe('Cache-Control', () => {
  const PUBLIC = 'public, max-age=60';

  it('writes a route’s declaration with the application’s default or its own max-age', () => {
    expect(publicCacheControl({}, 60)).toBe(PUBLIC);
    expect(publicCacheControl({ maxAgeSeconds: 300 }, 60)).toBe('public, max-age=300');
    expect(publicCacheControl({}, 0)).toBe('public, max-age=0');
  });

  it('is public only for a 200 to an anonymous GET or HEAD of a route that declares it', () => {
    expect(decideCacheControl(PUBLIC, 'GET', 200, false)).toBe(PUBLIC);
    expect(decideCacheControl(PUBLIC, 'HEAD', 200, false)).toBe(PUBLIC);
  });

  it('is no-store for everything else: undeclared, authenticated, another method or status', () => {
    expect(decideCacheControl(null, 'GET', 200, false)).toBe(NO_STORE);
    expect(decideCacheControl(PUBLIC, 'GET', 200, true)).toBe(NO_STORE);
    expect(decideCacheControl(PUBLIC, 'POST', 200, false)).toBe(NO_STORE);
    expect(decideCacheControl(PUBLIC, 'GET', 201, false)).toBe(NO_STORE);
    expect(decideCacheControl(PUBLIC, 'GET', 204, false)).toBe(NO_STORE);
  });
});
