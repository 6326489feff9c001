/**
 * Jest resolver: lets CommonJS packages of the Nest ecosystem (`@nestjs/throttler`) run under Jest
 * on Node 20, where NestJS 12 is ESM-only (docs/adr/0007-commonjs-nest-packages-under-jest.md).
 *
 * Node ≥ 20.19 lets a CommonJS module `require()` an ES module, so the built applications need
 * nothing. Jest's CommonJS runtime cannot (it can only from Node 24.9), so a `require()` of a bridged
 * package resolves to a CommonJS file that hands over the very ES module instance the test already
 * loaded (registered by esm-bridge.setup.ts): one `Reflector`, one `APP_GUARD`, one module graph.
 * `import` is resolved as usual.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ESM-only packages that CommonJS dependencies require, and their bridge files. */
const BRIDGED = new Map([
  ['@nestjs/common', 'nest-common.bridge.cjs'],
  ['@nestjs/core', 'nest-core.bridge.cjs'],
  // jwks-rsa (CommonJS) requires jose 6, which is ESM-only.
  ['jose', 'jose.bridge.cjs'],
]);

const here = path.dirname(fileURLToPath(import.meta.url));

export default function resolve(request, options) {
  const bridge = BRIDGED.get(request);
  const isRequire = !(options.conditions ?? []).includes('import');
  if (bridge && isRequire) return path.join(here, bridge);
  return options.defaultResolver(request, options);
}
