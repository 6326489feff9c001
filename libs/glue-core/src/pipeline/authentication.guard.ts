import {
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import passport from 'passport';
import { bearerToken, InvalidAccessTokenError } from '../auth/bearer-token.js';
import { GlueJwtStrategy } from '../auth/glue-jwt.strategy.js';
import {
  GLUE_AUTHENTICATION_SERVERS,
  type GlueAuthenticationServer,
} from '../auth/glue-authentication-server.js';
import { routeAccess } from '../auth/route-access.js';
import type { GlueIdentity } from '../context/glue-request.js';
import { getRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';

/**
 * Step 3: authentication. The application's authentication servers are Passport strategies, run in
 * the application's order as one Passport chain: the first whose credentials the request carries
 * decides (a bearer token: the strategy of its issuer), accepting the caller or refusing the
 * credentials with 401, code `001` and `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750
 * §3.1). A request no strategy takes stays anonymous and step 4 decides whether that is enough; but
 * an `Authorization` header nobody took is refused. A public route ignores refused credentials: a
 * stale token must not lock a shopper out of the catalog.
 *
 * The strategies live in a Passport instance of this application, not in Passport's process-wide
 * one (which `@nestjs/passport`'s `AuthGuard` uses): `npm start` runs both applications in one
 * process, each with strategies of the same names.
 *
 * A request without an `Authorization` header skips the chain when every strategy is a bearer-token
 * strategy (`GlueJwtStrategy`): none of them could take it, and running Passport for nothing costs
 * every anonymous catalog read several microseconds. A strategy of another kind (an API key in its
 * own header) makes every request run the chain.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly passport = new passport.Authenticator();
  private readonly strategies: string[];
  /** Whether a strategy may take a request that carries no `Authorization` header. */
  private readonly beyondAuthorizationHeader: boolean;

  constructor(@Inject(GLUE_AUTHENTICATION_SERVERS) servers: readonly GlueAuthenticationServer[]) {
    this.beyondAuthorizationHeader = servers.some((server) => !(server instanceof GlueJwtStrategy));
    this.strategies = servers.map((server, index) => {
      const name = `${index}:${server.name ?? 'strategy'}`;
      this.passport.use(name, server);
      return name;
    });
  }

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const http = execution.switchToHttp();
    const request = http.getRequest<Request>();
    if (request.headers.authorization === undefined && !this.beyondAuthorizationHeader) return true;
    try {
      const identity = this.strategies.length > 0 ? await this.run(request, http.getResponse()) : null;
      getRequestContext(request).identity = identity ?? anonymous(request);
      return true;
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === null) throw error;
      if (routeAccess(execution.getClass(), execution.getHandler()).public) return true;
      throw GlueHttpException.unauthorized(
        { code: GlueErrorCode.InvalidAccessToken, detail: refusal, source: { header: 'Authorization' } },
        { error: 'invalid_token', description: refusal },
      );
    }
  }

  /** The identity the chain resolved, `null` when every strategy passed; rejects with a refusal. */
  private run(request: Request, response: Response): Promise<GlueIdentity | null> {
    return new Promise((resolve, reject) => {
      const done = (error: Error | null | undefined, user?: unknown) => {
        if (error) reject(error);
        else if (!user) resolve(null);
        else if (isIdentity(user)) resolve(user);
        else
          reject(new TypeError('An authentication server succeeded with something that is no GlueIdentity.'));
      };
      const authenticate = this.passport.authenticate(this.strategies, { session: false }, done) as (
        request: Request,
        response: Response,
        next: (error?: Error) => void,
      ) => void;
      authenticate(request, response, (error) => done(error));
    });
  }
}

/** No strategy took the request: anonymous, unless it carried an `Authorization` header. */
function anonymous(request: Request): null {
  if (request.headers.authorization === undefined) return null;
  throw new InvalidAccessTokenError(
    bearerToken(request) === null
      ? 'The Authorization header is not a Bearer token.'
      : 'The access token was not issued by an issuer this application trusts.',
  );
}

/** The `detail` of refused credentials, or `null` for an error that is not a refusal. */
function refusalOf(error: unknown): string | null {
  if (error instanceof InvalidAccessTokenError || error instanceof UnauthorizedException)
    return error.message;
  return null;
}

function isIdentity(user: unknown): user is GlueIdentity {
  const candidate = user as Partial<GlueIdentity>;
  return (
    typeof candidate.kind === 'string' && typeof candidate.id === 'string' && Array.isArray(candidate.scopes)
  );
}
