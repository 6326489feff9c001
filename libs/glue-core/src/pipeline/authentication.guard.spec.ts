import 'reflect-metadata';
import { Get, Module, UnauthorizedException, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import passport from 'passport';
import request from 'supertest';
import { configureGlueApplication } from '../application/create-glue-application.js';
import { GlueApplicationModule } from '../application/glue-application.module.js';
import { Public, Scopes } from '../auth/auth.decorators.js';
import { InvalidAccessTokenError } from '../auth/bearer-token.js';
import { GlueJwtStrategy } from '../auth/glue-jwt.strategy.js';
import { setRequestContext, type GlueRequestContext } from '../context/request-context.js';
import { NoneConvention } from '../convention/none.convention.js';
import { GlueExpressAdapter } from '../http/glue-express.adapter.js';
import { GlueResource } from '../resource/glue-resource.decorator.js';
import { AuthenticationGuard } from './authentication.guard.js';

/** Answers a request that carries `X-<name>`: success, a refusal, or an error, as its value says. */
class HeaderStrategy extends passport.Strategy {
  constructor(override readonly name: string) {
    super();
  }

  override authenticate(request: Request): void {
    const value = request.header(`x-${this.name}`);
    if (value === undefined) return this.fail(401);
    if (value === 'refuse') return this.error(new InvalidAccessTokenError(`${this.name} refuses.`));
    if (value === 'nest-refuse') return this.error(new UnauthorizedException(`${this.name} (Nest) refuses.`));
    if (value === 'break') return this.error(new Error('the key store is down'));
    if (value === 'not-an-identity') return this.success({ user: 'someone' });
    this.success({
      kind: 'client',
      id: `${this.name}:${value}`,
      scopes: ['read'],
      claims: {},
      sessionId: null,
    });
  }
}

@GlueResource({ type: 'things', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class ThingsController {
  @Get()
  @Scopes('read')
  list(): [] {
    return [];
  }

  @Get('public')
  @Public()
  open(): [] {
    return [];
  }
}

describe('AuthenticationGuard: the application’s Passport strategies, in order', () => {
  let app: INestApplication;
  const things = (headers: Record<string, string>, path = '/things') =>
    request(app.getHttpServer() as Parameters<typeof request>[0])
      .get(path)
      .set('Accept', 'application/json')
      .set(headers);

  beforeAll(async () => {
    const first = new HeaderStrategy('first');
    const second = new HeaderStrategy('second');
    @Module({
      providers: [
        { provide: 'FIRST', useValue: first },
        { provide: 'SECOND', useValue: second },
        { provide: 'UNCONFIGURED', useValue: null },
      ],
      exports: ['FIRST', 'SECOND', 'UNCONFIGURED'],
    })
    class StrategiesModule {}
    const moduleRef = await Test.createTestingModule({
      imports: [
        GlueApplicationModule.forRoot({
          name: 'spec',
          conventions: [NoneConvention],
          authenticationServers: ['FIRST', 'UNCONFIGURED', 'SECOND'],
          imports: [StrategiesModule],
        }),
      ],
      controllers: [ThingsController],
    }).compile();
    app = moduleRef.createNestApplication(new GlueExpressAdapter(), { bodyParser: false, logger: false });
    configureGlueApplication(app);
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('takes the caller from the first strategy whose credentials the request carries', async () => {
    expect((await things({ 'X-First': 'a', 'X-Second': 'refuse' })).status).toBe(200);
    expect((await things({ 'X-Second': 'b' })).status).toBe(200);
  });

  it('refuses credentials with 401 code 001, and asks no later strategy', async () => {
    const response = await things({ 'X-First': 'refuse', 'X-Second': 'b' });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="spec", error="invalid_token", error_description="first refuses."',
    );
    expect(response.body.errors[0]).toMatchObject({ status: 401, code: '001', detail: 'first refuses.' });
  });

  it('treats Nest’s UnauthorizedException from a strategy as a refusal', async () => {
    const response = await things({ 'X-Second': 'nest-refuse' });
    expect(response.status).toBe(401);
    expect(response.body.errors[0]).toMatchObject({ code: '001', detail: 'second (Nest) refuses.' });
  });

  it('serves a public route anonymously when credentials are refused', async () => {
    expect((await things({ 'X-First': 'refuse' }, '/things/public')).status).toBe(200);
  });

  it('leaves a request no strategy takes anonymous, but refuses an Authorization header nobody took', async () => {
    const anonymous = await things({});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0]).toMatchObject({ code: '002' });
    expect((await things({}, '/things/public')).status).toBe(200);

    const basic = await things({ Authorization: 'Basic YTpi' });
    expect(basic.status).toBe(401);
    expect(basic.body.errors[0]).toMatchObject({
      code: '001',
      detail: 'The Authorization header is not a Bearer token.',
    });
    const unknownIssuer = await things({ Authorization: 'Bearer not-a-jwt' });
    expect(unknownIssuer.body.errors[0]).toMatchObject({
      code: '001',
      detail: 'The access token was not issued by an issuer this application trusts.',
    });
  });

  it('answers a strategy’s own failure, or a success that is no identity, with 500', async () => {
    expect((await things({ 'X-First': 'break' })).status).toBe(500);
    expect((await things({ 'X-First': 'not-an-identity' })).status).toBe(500);
  });
});

describe('AuthenticationGuard with bearer-token strategies only', () => {
  /** A `GlueJwtStrategy` whose `authenticate` only counts: what the guard decides before Passport. */
  const bearerOnly = (): GlueJwtStrategy & { calls: number } => {
    const strategy = Object.create(GlueJwtStrategy.prototype) as GlueJwtStrategy & { calls: number };
    strategy.name = 'jwt';
    strategy.calls = 0;
    strategy.authenticate = function (this: typeof strategy) {
      strategy.calls += 1;
      this.fail(401);
    };
    return strategy;
  };
  const canActivate = (guard: AuthenticationGuard, headers: Record<string, string>) => {
    const http = { headers, header: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
    setRequestContext(http, { identity: null } as GlueRequestContext);
    const execution = {
      switchToHttp: () => ({ getRequest: () => http, getResponse: () => ({}) }),
      getClass: () => Object,
      getHandler: () => () => undefined,
    };
    return guard.canActivate(execution as never);
  };

  it('leaves a request without an Authorization header anonymous without running Passport', async () => {
    const strategy = bearerOnly();
    await expect(canActivate(new AuthenticationGuard([strategy]), {})).resolves.toBe(true);
    expect(strategy.calls).toBe(0);
  });

  it('runs the chain for a request with an Authorization header', async () => {
    const strategy = bearerOnly();
    const refused = canActivate(new AuthenticationGuard([strategy]), { authorization: 'Bearer x.y.z' });
    await expect(refused).rejects.toMatchObject({ status: 401 });
    expect(strategy.calls).toBe(1);
  });

  it('runs the chain for every request once a strategy of another kind is listed', async () => {
    const strategy = bearerOnly();
    await canActivate(new AuthenticationGuard([strategy, new HeaderStrategy('key')]), {});
    expect(strategy.calls).toBe(1);
  });
});
