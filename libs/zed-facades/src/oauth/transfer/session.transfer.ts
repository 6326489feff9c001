/** An account whose sessions may span applications: a back-office user, a customer. */
export interface SessionAccount {
  /** The kind of account, as its sessions record it: `user` (back office), `customer`. */
  readonly kind: string;
  /** The account's id in its domain (user uuid, customer reference). */
  readonly id: string;
}

/** Why a session was revoked; kept with it for operators (`oauth_session.revoked_reason`). */
export enum SessionRevocationReason {
  /** The client logged out: one session, or all of an account's in an application. */
  LOGOUT = 'logout',
  /** A refresh token of the session was presented a second time: it leaked. */
  REFRESH_TOKEN_REUSED = 'refresh_token_reused',
  ACCOUNT_DEACTIVATED = 'account_deactivated',
  /** The account lost a role its tokens' scopes came from. */
  ROLES_REDUCED = 'roles_reduced',
  PASSWORD_CHANGED = 'password_changed',
  PASSWORD_RESET = 'password_reset',
}

/** Told, in this process, the ids of sessions once their revocation has committed. Must not throw. */
export type SessionRevocationListener = (sessionIds: readonly string[]) => void;
