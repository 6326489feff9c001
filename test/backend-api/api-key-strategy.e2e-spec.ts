import { Module, type DynamicModule } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import {
  GlueApplicationModule,
  GlueOAuthStrategy,
  NoneConvention,
  OAuthConvention,
  OpenIdConnectStrategy,
} from '#glue-core';
import { JsonApiConvention } from '#json-api-convention';
import { OAuthBackendApiModule } from '#resources/oauth-backend-api';
import { StoreContextModule, StoreContextResolver } from '#resources/shared/store-context';
import { DatabaseModule } from '#zed-facades/database';
import { BACKEND_API_RESOURCES } from '../../apps/backend-api/src/backend-api.resources.js';
import { JSON_API, testAuthOptions, testRateLimitOptions } from '../support/applications.js';
import { backendToken, bearer } from '../support/auth.js';
import { startGlueTestApplication } from '../support/glue-test-app.js';
import { API_KEY_HEADER, ApiKeyModule, ApiKeyStrategy } from '../support/kit/api-key.strategy.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const ERP_KEY = 'erp-4f1c2b7e9d0a';

/** The backend's modules, with a third-party Passport strategy appended to its authentication servers. */
@Module({})
class BackendWithApiKeysModule {
  static forRoot(databaseUrl: string): DynamicModule {
    const oauth = OAuthBackendApiModule.forRoot(testAuthOptions('backend'), null);
    const apiKeys = ApiKeyModule.forRoot({ [ERP_KEY]: { id: 'erp', scopes: ['products:read'] } });
    return {
      module: BackendWithApiKeysModule,
      imports: [
        DatabaseModule.forRoot({ url: databaseUrl }),
        GlueApplicationModule.forRoot({
          name: 'backend',
          conventions: [JsonApiConvention, NoneConvention, OAuthConvention],
          authenticationServers: [GlueOAuthStrategy, OpenIdConnectStrategy, ApiKeyStrategy],
          storeResolver: StoreContextResolver,
          imports: [oauth, apiKeys, StoreContextModule.forRoot({ defaultStore: 'DE' })],
          rateLimit: testRateLimitOptions('backend'),
        }),
        oauth,
        ...BACKEND_API_RESOURCES,
      ],
    };
  }
}

describe('a third-party Passport strategy (API keys) among the backend’s authentication servers', () => {
  let database: TestDatabase;
  let close: () => Promise<void>;
  let http: App;

  const products = (headers: Record<string, string> = {}) =>
    request(http).get('/products?page[limit]=1').set('Accept', JSON_API).set(headers);
  const expectRefused = (response: request.Response, detail: RegExp) => {
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="backend", error="invalid_token"/);
    expect(response.body.errors[0]).toMatchObject({ status: '401', code: '001' });
    expect(response.body.errors[0].detail).toMatch(detail);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const app = await startGlueTestApplication(BackendWithApiKeysModule.forRoot(database.url));
    http = app.getHttpServer() as App;
    close = () => app.close();
  });

  afterAll(async () => {
    await close?.();
    await database?.drop();
  });

  it('lets a valid key reach a protected route, with the scopes of its client', async () => {
    const response = await products({ [API_KEY_HEADER]: ERP_KEY });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.data).toHaveLength(1);

    const write = await request(http)
      .delete('/products/001')
      .set('Accept', JSON_API)
      .set(API_KEY_HEADER, ERP_KEY);
    expect(write.status).toBe(403);
    expect(write.body.errors[0].detail).toContain('products:write');
  });

  it('refuses a wrong key with 401 and the error format of a refused token', async () => {
    expectRefused(await products({ [API_KEY_HEADER]: 'not-a-key' }), /API key is not valid/);
    // A public route ignores refused credentials, as it ignores a bad token.
    const health = await request(http).get('/health/live').set(API_KEY_HEADER, 'not-a-key');
    expect(health.status).toBe(200);
  });

  it('leaves a request without a key anonymous: a protected route asks for credentials', async () => {
    const response = await products();
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="backend"');
    expect(response.body.errors[0]).toMatchObject({ status: '401', code: '002' });
  });

  it('keeps the strategies before it: a bearer token is decided by its issuer’s strategy', async () => {
    const token = await backendToken(http);
    expect((await products({ Authorization: bearer(token) })).status).toBe(200);
    // The token's issuer refuses it: the API key after it gets no say.
    const tampered = `${token.slice(0, -4)}AAAA`;
    expectRefused(
      await products({ Authorization: bearer(tampered), [API_KEY_HEADER]: ERP_KEY }),
      /not valid/,
    );
  });
});
