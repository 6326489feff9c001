import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import request from 'supertest';
import { JSON_API, startBackend, type RunningApplication } from '../support/applications.js';
import { bearer } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/**
 * An OpenID Connect issuer served by the test on loopback: discovery document and JWKS. Its keys
 * can be rotated, and it counts how often the JWKS is fetched.
 */
class LoopbackIssuer {
  /** The audience the backend under test expects; `sign` uses it unless told otherwise. */
  static readonly AUDIENCE = 'https://backend.glue.test';
  jwksFetches = 0;
  private keys: { kid: string; privateKey: SigningKey; jwk: JWK }[] = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer: this.url, jwks_uri: `${this.url}/keys` }));
      } else if (req.url === '/keys') {
        this.jwksFetches += 1;
        res.end(JSON.stringify({ keys: this.keys.map((key) => key.jwk) }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async addKey(kid: string): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    this.keys.push({
      kid,
      privateKey,
      jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
    });
  }

  /** A token of this issuer, signed with its key `kid` (default: the newest), for `audience`. */
  sign(
    claims: JWTPayload,
    kid = this.keys.at(-1)?.kid ?? '',
    audience = LoopbackIssuer.AUDIENCE,
  ): Promise<string> {
    const key = this.keys.find((candidate) => candidate.kid === kid);
    if (!key) throw new Error(`no key ${kid}`);
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iat: now, exp: now + 300, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(this.url)
      .setAudience(audience)
      .sign(key.privateKey);
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

describe('backend authentication through an external OpenID Connect issuer', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  const issuer = new LoopbackIssuer();

  const products = (token: string) =>
    request(backend.http)
      .get('/products?page[limit]=1')
      .set('Accept', JSON_API)
      .set('Authorization', bearer(token));

  beforeAll(async () => {
    await issuer.start();
    await issuer.addKey('issuer-key-1');
    database = await createTestDatabase();
    backend = await startBackend(database.url, {
      auth: {
        openIdConnect: {
          issuer: issuer.url,
          audience: LoopbackIssuer.AUDIENCE,
          claims: { email: 'email', subject: 'sub' },
          jwksCooldownMs: 0,
        },
      },
    });
  });

  afterAll(async () => {
    await backend?.app.close();
    await database?.drop();
    await issuer.stop();
  });

  it('logs in a back-office user with a token the built-in server never saw, with the user’s scopes', async () => {
    const token = await issuer.sign({ sub: 'auth0|admin', email: 'admin@example.com' });
    expect((await products(token)).status).toBe(200);
    const write = await request(backend.http)
      .get('/users?page[limit]=1')
      .set('Accept', JSON_API)
      .set('Authorization', bearer(token));
    expect(write.status).toBe(200);
  });

  it('caches the JWKS between requests', async () => {
    const before = issuer.jwksFetches;
    const token = await issuer.sign({ sub: 'auth0|admin', email: 'admin@example.com' });
    expect((await products(token)).status).toBe(200);
    expect((await products(token)).status).toBe(200);
    expect(issuer.jwksFetches).toBe(before);
  });

  it('fetches the JWKS again when a token names a key it does not know (issuer key rotation)', async () => {
    const before = issuer.jwksFetches;
    await issuer.addKey('issuer-key-2');
    const token = await issuer.sign({ sub: 'auth0|admin', email: 'admin@example.com' }, 'issuer-key-2');
    expect((await products(token)).status).toBe(200);
    expect(issuer.jwksFetches).toBe(before + 1);
  });

  it('refuses a token for nobody the backend knows, a wrong audience and an expired token', async () => {
    const stranger = await issuer.sign({ sub: 'auth0|x', email: 'stranger@example.com' });
    const response = await products(stranger);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toContain('error="invalid_token"');

    // Signed with the issuer's own key, for the admin: only the audience is wrong.
    const claims = { sub: 'auth0|admin', email: 'admin@example.com' };
    const wrongAudience = await issuer.sign(claims, undefined, 'https://other-api.example');
    const refused = await products(wrongAudience);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].detail).toMatch(/"aud"/);
    expect((await products(await issuer.sign(claims))).status).toBe(200);

    const past = Math.floor(Date.now() / 1000) - 600;
    const expired = await issuer.sign({ sub: 'auth0|admin', email: 'admin@example.com', exp: past });
    expect((await products(expired)).status).toBe(401);
  });
});
