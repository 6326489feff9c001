import 'reflect-metadata';
import { All, Get, Module, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Throttle } from '@nestjs/throttler';
import request from 'supertest';
import { configureGlueApplication } from '../application/create-glue-application.js';
import { GlueApplicationModule } from '../application/glue-application.module.js';
import { Public, Scopes } from '../auth/auth.decorators.js';
import { NoneConvention } from '../convention/none.convention.js';
import { GlueExpressAdapter } from '../http/glue-express.adapter.js';
import { RateLimitAccount } from '../rate-limit/rate-limit-account.decorator.js';
import type { GlueResourceObject } from '../resource/glue-resource-object.js';
import { GlueResource } from '../resource/glue-resource.decorator.js';

const created = (): GlueResourceObject => ({ type: 'things', id: '1', attributes: {} });

@GlueResource({ type: 'things', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class ThingsController {
  @Get()
  @Public()
  list(): [] {
    return [];
  }

  @Post()
  @Public()
  @RateLimitAccount('login')
  create(): GlueResourceObject {
    return created();
  }

  @Post('strict')
  @Public()
  @Throttle({ ip: { limit: 1, ttl: 60_000 } })
  strict(): GlueResourceObject {
    return created();
  }

  @Post('private')
  @Scopes('things:write')
  private(): GlueResourceObject {
    return created();
  }

  @All('any')
  @Public()
  any(): GlueResourceObject {
    return created();
  }
}

@Module({ controllers: [ThingsController] })
class SpecResourcesModule {}

/** The guard's own rules, with small limits: what counts, how the account is found, what a 429 is. */
describe('RateLimitGuard', () => {
  let app: INestApplication;
  const post = (path: string, body: object) =>
    request(app.getHttpServer()).post(path).set('Accept', 'application/json').send(body);

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        GlueApplicationModule.forRoot({
          name: 'spec',
          conventions: [NoneConvention],
          rateLimit: { perIp: 3, perAccount: 1, windowSeconds: 60 },
        }),
        SpecResourcesModule,
      ],
    }).compile();
    app = moduleRef.createNestApplication(new GlueExpressAdapter(), { bodyParser: false, logger: false });
    configureGlueApplication(app);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts the account the route declares, trimmed and in any case, and answers 429 in the convention’s format', async () => {
    await post('/things', { login: 'Ann', email: 'other@example.com' }).expect(201);
    const refused = await post('/things', { login: ' ANN ' }).expect(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.body).toEqual({
      errors: [{ status: 429, code: '429', detail: 'Too many requests: try again in 60 seconds.' }],
    });
    // The declared attribute only: `email` names no account on this route.
    await post('/things', { login: 'bob', email: 'other@example.com' }).expect(201);
  });

  it('counts per client address whatever the account, and leaves reads and protected routes alone', async () => {
    // Three requests from this address reached POST /things above (the refused one counts too).
    const refused = await post('/things', { login: 'carl' }).expect(429);
    expect(refused.headers['retry-after']).toBe('60');
    for (let index = 0; index < 5; index += 1) {
      await request(app.getHttpServer()).get('/things').set('Accept', 'application/json').expect(200);
      await post('/things/private', {}).expect(401);
    }
  });

  it('takes a route’s own limits from @nestjs/throttler’s @Throttle', async () => {
    await post('/things/strict', {}).expect(201);
    await post('/things/strict', {}).expect(429);
  });

  it('limits an @All() route for its write methods only', async () => {
    for (let index = 0; index < 5; index += 1) {
      await request(app.getHttpServer()).get('/things/any').set('Accept', 'application/json').expect(200);
    }
    for (let index = 0; index < 3; index += 1) await post('/things/any', {}).expect(200);
    await post('/things/any', {}).expect(429);
  });
});
