import { createHash } from 'node:crypto';
import { Inject, Injectable, Module, type DynamicModule } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { HeaderAPIKeyStrategy } from 'passport-headerapikey';
import { InvalidAccessTokenError, type GlueIdentity } from '#glue-core';

/** The header an API client (an ERP, a PIM) sends its key in. */
export const API_KEY_HEADER = 'X-Api-Key';

/** `GlueIdentity.kind` of a caller authenticated by an API key. */
export const API_CLIENT_IDENTITY_KIND = 'api-client';

/** Who an API key stands for, and the scopes it grants (routes check them as for a token's). */
export interface ApiClient {
  readonly id: string;
  readonly scopes: readonly string[];
}

/** API keys and their clients: `{ '<key>': { id: 'erp', scopes: ['products:read'] } }`. */
export type ApiKeys = Readonly<Record<string, ApiClient>>;

const API_KEYS = Symbol('API_KEYS');

/**
 * An authentication server for API clients: a Passport strategy (`passport-headerapikey`, through
 * `@nestjs/passport`) that reads `X-Api-Key`. A request without the header is not this strategy's
 * (the next one is asked; in the end the caller is anonymous); a key it does not know is refused with
 * `InvalidAccessTokenError` (401, code `001`). Keys are kept as SHA-256 digests: a lookup compares
 * digests, never the secret itself.
 */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(HeaderAPIKeyStrategy, 'api-key') {
  private readonly clients: ReadonlyMap<string, ApiClient>;

  constructor(@Inject(API_KEYS) keys: ApiKeys) {
    super({ header: API_KEY_HEADER, prefix: '' }, false);
    this.clients = new Map(Object.entries(keys).map(([key, client]) => [digest(key), client]));
  }

  validate(apiKey: string): GlueIdentity {
    const client = this.clients.get(digest(apiKey));
    if (!client) throw new InvalidAccessTokenError('The API key is not valid.');
    return {
      kind: API_CLIENT_IDENTITY_KIND,
      id: client.id,
      scopes: client.scopes,
      claims: {},
      sessionId: null,
    };
  }
}

/**
 * Provides `ApiKeyStrategy` for these keys. An application lists `ApiKeyStrategy` in its
 * `authenticationServers` and this module in the `imports` of `GlueApplicationModule.forRoot`.
 */
@Module({})
export class ApiKeyModule {
  static forRoot(keys: ApiKeys): DynamicModule {
    return {
      module: ApiKeyModule,
      providers: [{ provide: API_KEYS, useValue: keys }, ApiKeyStrategy],
      exports: [ApiKeyStrategy],
    };
  }
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
