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
  /** Every token rotated from one login shares the family; reuse of any revokes all of them. */
  readonly familyId: string;
}

export interface RotatedRefreshToken extends IssuedRefreshToken {
  readonly subject: RefreshTokenSubject;
}
