import type { GlueIdentity } from '../context/glue-request.js';
import type { AccessTokenPayload, AccessTokenService } from './access-token.service.js';
import { InvalidAccessTokenError } from './bearer-token.js';
import { LoginBlockedError, type LoginBlocker } from './login-blocker.js';
import { MissingGrantCredentialError, OAuthGrantError } from './oauth-grant.error.js';
import { GlueErrorCode } from '../errors/glue-error.js';

/** An account that may hold tokens: a back-office user, a customer, … */
export interface GlueOAuthAccount {
  /** The identity id routes see (`GlueIdentity.id`). */
  readonly id: string;
  /** The token's `sub` claim. */
  readonly subject: string;
  readonly scopes: readonly string[];
}

/** Who called the token endpoint; kept with login attempts. */
export interface GlueClientInfo {
  readonly ip: string;
  readonly userAgent: string | null;
}

export interface GlueLoginAttempt {
  /** The application logged in to. */
  readonly application: string;
  readonly username: string;
  readonly account: GlueOAuthAccount | null;
  readonly success: boolean;
  /** `invalid_credentials` or `blocked` for a failure. */
  readonly reason: string | null;
  readonly client: GlueClientInfo;
}

/** The application's accounts, as the OAuth server needs them. Implemented over a facade. */
export interface GlueOAuthAccountProvider {
  /** `GlueIdentity.kind` of these accounts (`user`, `customer`). */
  readonly kind: string;
  /** The active account with these credentials, or `null`. */
  verifyPassword(username: string, password: string): Promise<GlueOAuthAccount | null>;
  /** The account, if it is still active (a refresh re-reads it: scopes may have changed). */
  findAccount(id: string): Promise<GlueOAuthAccount | null>;
  /** The identity id a verified token of this application names, or `null` if it names none. */
  identityId(payload: AccessTokenPayload): string | null;
  /** Called for every password attempt, allowed or not (an audit log). */
  recordLoginAttempt?(attempt: GlueLoginAttempt): Promise<void>;
}

export interface GlueRefreshTokenSubject {
  readonly application: string;
  readonly kind: string;
  readonly id: string;
}

/** A refresh token as the store hands it out, with the session it belongs to. */
export interface GlueSessionRefreshToken {
  readonly token: string;
  readonly sessionId: string;
}

/**
 * Sessions (what one login starts) and their opaque refresh tokens, stored hashed, rotated on use.
 * Revoking a session refuses its refresh tokens and, through the `sid` they carry, its access tokens.
 * Implemented over a facade.
 */
export interface GlueRefreshTokenStore {
  /** Starts a session and returns its first refresh token. */
  issue(subject: GlueRefreshTokenSubject, ttlSeconds: number): Promise<GlueSessionRefreshToken>;
  /** The successor of `token` (same session) and its subject; throws `OAuthGrantError` for a token it refuses. */
  rotate(
    application: string,
    token: string,
    ttlSeconds: number,
  ): Promise<GlueSessionRefreshToken & { readonly subject: GlueRefreshTokenSubject }>;
  /** Revokes the session of `token` if the token is the subject's; whether it did. */
  revoke(subject: GlueRefreshTokenSubject, token: string): Promise<boolean>;
  /** Revokes every session of the subject in its application; how many. */
  revokeAll(subject: GlueRefreshTokenSubject): Promise<number>;
  /** Revokes the session of a refresh token of `application`, whoever presents it (RFC 7009). */
  revokeByRefreshToken(application: string, token: string): Promise<boolean>;
  /** Revokes the session with this id (RFC 7009 with an access token). */
  revokeSession(sessionId: string): Promise<boolean>;
  /** Whether the session exists and is not revoked: one indexed read. */
  isSessionActive(sessionId: string): Promise<boolean>;
  /**
   * Registers what to call with the ids of sessions this process revokes, once each revocation has
   * committed (by whatever path: logout, a deactivated account, …): the server forgets them at once.
   */
  onSessionsRevoked(listener: (sessionIds: readonly string[]) => void): void;
}

export interface GlueOAuthServerOptions {
  /** Application the server issues tokens for; refresh tokens are bound to it. */
  readonly application: string;
  readonly accessTokens: AccessTokenService;
  readonly refreshTokenTtlSeconds: number;
  readonly accounts: GlueOAuthAccountProvider;
  readonly refreshTokens: GlueRefreshTokenStore;
  readonly loginBlocker: LoginBlocker;
}

/** A successful token response (RFC 6749 §5.1), in Glue's attribute names. */
export interface GlueTokenResponse {
  /** The access token's `jti`. */
  readonly accessTokenId: string;
  readonly tokenType: 'Bearer';
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly refreshToken: string;
  readonly refreshTokenExpiresIn: number;
  readonly scope: string;
}

export const PASSWORD_GRANT = 'password';
export const REFRESH_TOKEN_GRANT = 'refresh_token';

/**
 * The application's own OAuth 2.0 server: grants `password` and `refresh_token`, issues RS256
 * access tokens and rotating refresh tokens. A login starts a session; its access tokens name it
 * (`sid`). The requests bearing those tokens are authenticated by the application's
 * `GlueOAuthStrategy`, which refuses a token once its session is revoked.
 */
export class GlueOAuthServer {
  readonly grantTypes: readonly string[] = [PASSWORD_GRANT, REFRESH_TOKEN_GRANT];

  constructor(private readonly options: GlueOAuthServerOptions) {}

  /** Runs a token request (its parameters as sent); throws `OAuthGrantError` or `LoginBlockedError`. */
  async grant(
    parameters: Readonly<Record<string, unknown>>,
    client: GlueClientInfo,
  ): Promise<GlueTokenResponse> {
    const grantType = parameters['grant_type'];
    if (grantType === undefined) throw new OAuthGrantError('invalid_request', 'grant_type is required.');
    if (grantType === PASSWORD_GRANT) {
      return this.passwordGrant(
        requiredCredential(parameters, 'username', GlueErrorCode.AuthenticationFailed),
        requiredCredential(parameters, 'password', GlueErrorCode.AuthenticationFailed),
        client,
      );
    }
    if (grantType === REFRESH_TOKEN_GRANT) {
      return this.refreshTokenGrant(
        requiredCredential(parameters, 'refresh_token', GlueErrorCode.RefreshFailed),
      );
    }
    throw new OAuthGrantError(
      'unsupported_grant_type',
      `This server supports the grant types ${this.grantTypes.join(', ')}.`,
    );
  }

  /** Revokes the session of one of the identity's refresh tokens (log out); `false` if it is not theirs. */
  revokeRefreshToken(identity: GlueIdentity, token: string): Promise<boolean> {
    return this.options.refreshTokens.revoke(this.subjectOf(identity.id), token);
  }

  /** Revokes every session of the identity in this application (log out everywhere). */
  revokeAllRefreshTokens(identity: GlueIdentity): Promise<number> {
    return this.options.refreshTokens.revokeAll(this.subjectOf(identity.id));
  }

  /**
   * RFC 7009: revokes the session of `token`, one of this application's access tokens (valid now) or
   * refresh tokens, whoever presents it; whether a session was revoked. Both kinds are looked for, so a
   * `token_type_hint` changes nothing (§2.1), and a token of nobody's is no error (§2.2).
   */
  revokeToken(token: string): Promise<boolean> {
    const sessionId = this.sessionOfAccessToken(token);
    if (sessionId !== null) return this.options.refreshTokens.revokeSession(sessionId);
    return this.options.refreshTokens.revokeByRefreshToken(this.options.application, token);
  }

  private async passwordGrant(
    username: string,
    password: string,
    client: GlueClientInfo,
  ): Promise<GlueTokenResponse> {
    const { accounts, loginBlocker } = this.options;
    const attempt = { application: this.options.application, username, client };
    try {
      await loginBlocker.reserve(username, client.ip);
    } catch (error) {
      if (error instanceof LoginBlockedError) {
        await accounts.recordLoginAttempt?.({ ...attempt, account: null, success: false, reason: 'blocked' });
      }
      throw error;
    }
    // Only an attempt that got its place in the counters reaches the password check.
    const account = await accounts.verifyPassword(username, password).catch(async (error: unknown) => {
      await loginBlocker.release(username, client.ip);
      throw error;
    });
    if (!account) {
      await accounts.recordLoginAttempt?.({
        ...attempt,
        account: null,
        success: false,
        reason: 'invalid_credentials',
      });
      throw new OAuthGrantError('invalid_grant', 'The username or password is not correct.');
    }
    await loginBlocker.recordSuccess(username, client.ip);
    await accounts.recordLoginAttempt?.({ ...attempt, account, success: true, reason: null });
    const refresh = await this.options.refreshTokens.issue(
      this.subjectOf(account.id),
      this.options.refreshTokenTtlSeconds,
    );
    return this.respond(account, refresh);
  }

  private async refreshTokenGrant(token: string): Promise<GlueTokenResponse> {
    const { application, refreshTokens, refreshTokenTtlSeconds, accounts } = this.options;
    const rotated = await refreshTokens.rotate(application, token, refreshTokenTtlSeconds);
    const account =
      rotated.subject.kind === accounts.kind ? await accounts.findAccount(rotated.subject.id) : null;
    if (!account) {
      await refreshTokens.revokeAll(rotated.subject);
      throw new OAuthGrantError(
        'invalid_grant',
        'The account of this refresh token is not active.',
        GlueErrorCode.RefreshFailed,
      );
    }
    return this.respond(account, rotated);
  }

  private async respond(
    account: GlueOAuthAccount,
    refresh: GlueSessionRefreshToken,
  ): Promise<GlueTokenResponse> {
    const issued = await this.options.accessTokens.issue({
      subject: account.subject,
      scopes: account.scopes,
      sessionId: refresh.sessionId,
    });
    return {
      accessTokenId: issued.id,
      tokenType: 'Bearer',
      accessToken: issued.accessToken,
      expiresIn: issued.expiresIn,
      refreshToken: refresh.token,
      refreshTokenExpiresIn: this.options.refreshTokenTtlSeconds,
      scope: account.scopes.join(' '),
    };
  }

  /** The session of a valid access token of this application, or `null` for anything else. */
  private sessionOfAccessToken(token: string): string | null {
    try {
      const sid = this.options.accessTokens.verify(token).sid;
      return typeof sid === 'string' && sid !== '' ? sid : null;
    } catch (error) {
      if (error instanceof InvalidAccessTokenError) return null;
      throw error;
    }
  }

  private subjectOf(id: string): GlueRefreshTokenSubject {
    return { application: this.options.application, kind: this.options.accounts.kind, id };
  }
}

function requiredCredential(
  parameters: Readonly<Record<string, unknown>>,
  name: string,
  glueCode: string,
): string {
  const value = parameters[name];
  if (typeof value !== 'string' || value === '') {
    throw new MissingGrantCredentialError(`${name} is required.`, glueCode);
  }
  return value;
}
