/** Who a refresh token was issued to: an application (`storefront`, `backend`) and an account in it. */
export interface RefreshTokenSubject {
  readonly application: string;
  /** The kind of account, e.g. `customer` or `user`. */
  readonly kind: string;
  /** The account's id in its domain (customer reference, user uuid). */
  readonly id: string;
}

export interface IssuedRefreshToken {
  /** The opaque token to hand to the client; only its SHA-256 is stored. */
  readonly token: string;
  readonly expiresAt: Date;
  /** The session: every token rotated from one login shares it; reuse of any revokes it. */
  readonly sessionId: string;
}

export interface RotatedRefreshToken extends IssuedRefreshToken {
  readonly subject: RefreshTokenSubject;
}
