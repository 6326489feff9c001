import { createHmac, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import { SigningKeyRing } from '#glue-core';

/**
 * Builds access tokens the way an attacker or a misconfigured client would: with the application's
 * own key but wrong claims, with another key, unsigned, or HMAC-signed with the public key.
 */
export class TokenForge {
  readonly kid: string;
  private readonly privateKey: KeyObject;

  constructor(
    privateKeyPem: string,
    private readonly defaults: { readonly issuer: string; readonly audience: string },
  ) {
    this.privateKey = createPrivateKey(privateKeyPem);
    this.kid = SigningKeyRing.fromPem(privateKeyPem).signingKey.kid;
  }

  /** A token signed RS256 with this key; `claims` override the valid defaults (1 minute left). */
  sign(claims: JWTPayload = {}, header: { kid?: string } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: this.defaults.issuer,
      aud: this.defaults.audience,
      sub: 'nobody',
      iat: now,
      nbf: now,
      exp: now + 60,
      jti: `forged-${now}`,
      scope: '',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: header.kid ?? this.kid })
      .sign(this.privateKey);
  }

  /** `alg: none`: no signature at all. */
  unsigned(claims: JWTPayload): string {
    return `${segment({ alg: 'none', typ: 'JWT' })}.${segment(claims)}.`;
  }

  /** The classic key-confusion attack: HS256 with the public key's PEM as the HMAC secret. */
  hmacWithPublicKey(claims: JWTPayload): string {
    const secret = createPublicKey(this.privateKey).export({ type: 'spki', format: 'pem' });
    const input = `${segment({ alg: 'HS256', typ: 'JWT', kid: this.kid })}.${segment(claims)}`;
    return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
  }
}

/** The token with its payload replaced (signature kept): a tampered token. */
export function tamper(token: string, change: (payload: JWTPayload) => JWTPayload): string {
  const [header, payload, signature] = token.split('.');
  const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as JWTPayload;
  return `${header}.${segment(change(decoded))}.${signature}`;
}

export function decodePayload(token: string): JWTPayload {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as JWTPayload;
}

export function decodeHeader(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

function segment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
