import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SigningKeyRing } from './signing-key-ring.js';

const pem = (bits = 2048) =>
  generateKeyPairSync('rsa', { modulusLength: bits })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();

describe('SigningKeyRing', () => {
  it('signs with the first of several PEM keys and publishes all, without private members', () => {
    const ring = SigningKeyRing.fromPem(`${pem()}\n${pem()}`);
    expect(ring.keys).toHaveLength(2);
    expect(ring.signingKey).toBe(ring.keys[0]);
    const jwks = ring.jwks();
    expect(jwks.keys.map((key) => key.kid)).toEqual(ring.keys.map((key) => key.kid));
    for (const key of jwks.keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    }
  });

  it('derives a stable kid from the public key (RFC 7638 thumbprint)', () => {
    const text = pem();
    expect(SigningKeyRing.fromPem(text).signingKey.kid).toBe(SigningKeyRing.fromPem(text).signingKey.kid);
    expect(SigningKeyRing.fromPem(text).signingKey.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses text without a key, short RSA keys and non-RSA keys', () => {
    expect(() => SigningKeyRing.fromPem('nothing here')).toThrow('No PEM private key');
    expect(() => SigningKeyRing.fromPem(pem(1024))).toThrow('at least 2048 bits');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    expect(() => SigningKeyRing.fromPem(ec.toString())).toThrow('must be RSA');
  });

  it('generates a key on first use, keeps it private on disk, and loads the same key afterwards', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'glue-keys-'));
    try {
      const file = path.join(directory, 'nested', 'backend.pem');
      const first = await SigningKeyRing.loadOrGenerate(file);
      const second = await SigningKeyRing.loadOrGenerate(file);
      expect(second.signingKey.kid).toBe(first.signingKey.kid);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await readFile(file, 'utf8')).toContain('BEGIN PRIVATE KEY');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
