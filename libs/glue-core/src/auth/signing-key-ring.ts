import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The algorithm every Glue access token is signed with. */
export const ACCESS_TOKEN_ALGORITHM = 'RS256';

const MIN_MODULUS_BITS = 2048;
const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g;

/** A public key as published in a JWK Set (RFC 7517). */
export interface PublicJwk {
  readonly kty: string;
  readonly kid: string;
  readonly alg: string;
  readonly use: 'sig';
  readonly n?: string;
  readonly e?: string;
}

export interface SigningKey {
  /** RFC 7638 thumbprint of the public key: stable, so nothing has to store it. */
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly jwk: PublicJwk;
}

/**
 * An application's RSA keys. The first signs new access tokens; every key verifies them, so a key
 * is rotated without logging anybody out: add the new key second (every process learns it), move it
 * first (it signs), and remove the old one once its last token has expired.
 */
export class SigningKeyRing {
  private readonly byKid: ReadonlyMap<string, SigningKey>;

  constructor(readonly keys: readonly SigningKey[]) {
    if (keys.length === 0) throw new Error('A signing key ring needs at least one key.');
    this.byKid = new Map(keys.map((key) => [key.kid, key]));
  }

  /** Keys from PEM text (PKCS#8 or PKCS#1 private keys, concatenated); the first one signs. */
  static fromPem(pem: string): SigningKeyRing {
    const blocks = pem.match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) throw new Error('No PEM private key found in the configured signing keys.');
    return new SigningKeyRing(blocks.map((block) => toSigningKey(createPrivateKey(block))));
  }

  /**
   * The key kept in `file`, generated (RSA 2048) and written there on first use: a development
   * machine gets stable keys without configuration, so tokens survive a restart.
   */
  static async loadOrGenerate(file: string): Promise<SigningKeyRing> {
    const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (existing !== null) return SigningKeyRing.fromPem(existing);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: MIN_MODULUS_BITS });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    // `wx`: two processes starting at once must not overwrite each other's key.
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    return SigningKeyRing.fromPem(await readFile(file, 'utf8'));
  }

  get signingKey(): SigningKey {
    return this.keys[0] as SigningKey;
  }

  find(kid: string): SigningKey | undefined {
    return this.byKid.get(kid);
  }

  /** The JWK Set served at `/.well-known/jwks.json`: public keys only. */
  jwks(): { readonly keys: readonly PublicJwk[] } {
    return { keys: this.keys.map((key) => key.jwk) };
  }
}

function toSigningKey(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new Error(`Signing keys must be RSA keys (got ${privateKey.asymmetricKeyType ?? 'unknown'}).`);
  }
  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_MODULUS_BITS) throw new Error(`RSA signing keys need at least ${MIN_MODULUS_BITS} bits.`);
  const publicKey = createPublicKey(privateKey);
  const { n, e } = publicKey.export({ format: 'jwk' });
  if (typeof n !== 'string' || typeof e !== 'string') throw new Error('Could not export the RSA public key.');
  const kid = thumbprint(e, n);
  return {
    kid,
    privateKey,
    publicKey,
    jwk: { kty: 'RSA', kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig', n, e },
  };
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, base64url. */
function thumbprint(e: string, n: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ e, kty: 'RSA', n }))
    .digest('base64url');
}
