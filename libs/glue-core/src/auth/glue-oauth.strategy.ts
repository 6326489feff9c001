import type { GlueIdentity } from '../context/glue-request.js';
import type { AccessTokenPayload, AccessTokenService } from './access-token.service.js';
import { InvalidAccessTokenError } from './bearer-token.js';
import type { GlueOAuthAccountProvider, GlueRefreshTokenStore } from './glue-oauth.server.js';
import { GlueJwtStrategy } from './glue-jwt.strategy.js';
import type { JwtClaims } from './jwt-verification.js';
import { SessionCache, type SessionCacheOptions } from './session-cache.js';

export interface GlueOAuthStrategyOptions {
  /** The application's access tokens: issuer, audience and the signing key ring that verifies them. */
  readonly accessTokens: AccessTokenService;
  /** Who a token's `sub` names (`identityId`), and as what `kind`. */
  readonly accounts: Pick<GlueOAuthAccountProvider, 'kind' | 'identityId'>;
  /** Where a session is asked about, and which announces the revocations this process commits. */
  readonly sessions: Pick<GlueRefreshTokenStore, 'isSessionActive' | 'onSessionsRevoked'>;
  /** How long "this session is active" may be reused, and how many sessions are remembered. */
  readonly sessionCache?: SessionCacheOptions;
}

/** The `detail` of a 401 for an access token whose session was revoked. */
export const SESSION_ENDED = 'The session of this access token has ended; log in again.';

/**
 * The application's own token server as a Passport strategy (`passport-jwt`): tokens whose `iss` is
 * the application's are verified with the signing key ring (RS256 only, `kid` required), must name
 * a subject and a session (`sid`), and are refused once that session is revoked (asked through a
 * `SessionCache`: from memory when fresh, else one indexed read). Issuing tokens is `GlueOAuthServer`'s.
 */
export class GlueOAuthStrategy extends GlueJwtStrategy {
  override name = 'glue-oauth';
  private readonly sessions: SessionCache;
  private readonly accounts: GlueOAuthStrategyOptions['accounts'];

  constructor(options: GlueOAuthStrategyOptions) {
    super(options.accessTokens);
    const store = options.sessions;
    this.accounts = options.accounts;
    this.sessions = new SessionCache((sessionId) => store.isSessionActive(sessionId), options.sessionCache);
    store.onSessionsRevoked((sessionIds) => this.sessions.invalidate(sessionIds));
  }

  protected validate(claims: JwtClaims): GlueIdentity | Promise<GlueIdentity> {
    const payload = claims as AccessTokenPayload;
    const id = this.accounts.identityId(payload);
    if (id === null) throw new InvalidAccessTokenError('The access token names no known subject.');
    const sessionId = payload.sid;
    if (typeof sessionId !== 'string' || sessionId === '') {
      throw new InvalidAccessTokenError('The access token names no session.');
    }
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
    const identity: GlueIdentity = { kind: this.accounts.kind, id, scopes, claims: payload, sessionId };
    const active = this.sessions.isActive(sessionId);
    return typeof active === 'boolean'
      ? whileActive(active, identity)
      : active.then((open) => whileActive(open, identity));
  }
}

function whileActive(active: boolean, identity: GlueIdentity): GlueIdentity {
  if (!active) throw new InvalidAccessTokenError(SESSION_ENDED);
  return identity;
}
