/** Offset pagination as requested (`page[offset]`, `page[limit]`), defaults applied. */
export interface GluePagination {
  readonly offset: number;
  readonly limit: number;
}

export type SortDirection = 'asc' | 'desc';

export interface GlueSort {
  readonly field: string;
  readonly direction: SortDirection;
}

/** `filter[field]=value` or Glue's `filter[type.field]=value`; `resource` is the type when given. */
export interface GlueFilter {
  readonly resource: string | null;
  readonly field: string;
  readonly value: string;
}

/** Identity kinds Glue's request structure names (`requestUser`, `requestCustomer`). */
export const USER_IDENTITY_KIND = 'user';
export const CUSTOMER_IDENTITY_KIND = 'customer';

/** Who is calling: filled by the application's authentication servers. */
export interface GlueIdentity {
  /** `user` (back office) or `customer` (storefront); a project may add kinds. */
  readonly kind: string;
  readonly id: string;
  readonly scopes: readonly string[];
  readonly claims: Readonly<Record<string, unknown>>;
  /**
   * The session the caller's token belongs to (the application's own tokens, `sid`); `null` for a token
   * of an external issuer, whose sessions are the issuer's.
   */
  readonly sessionId: string | null;
}

export type QueryValue = string | readonly string[];

/**
 * The typed request every resource handler receives: the fields of Glue's request structure that
 * apply to HTTP. Built once per request by the request-parsing step.
 */
export interface GlueRequest {
  readonly application: string;
  /** The application runs in Glue compatibility mode (contract §9); `false`: strict JSON:API. */
  readonly glueCompatibility: boolean;
  /**
   * The application's public base URL (`https://shop.example`, maybe with a path prefix): the
   * configured one, else a trusted proxy's forwarded host, else the listen address; never the
   * request's `Host`. Links are `${baseUrl}${path}`.
   */
  readonly baseUrl: string;
  readonly path: string;
  readonly method: string;
  /** The negotiated locale (`de_DE`), or `null` when the application has no stores. */
  readonly locale: string | null;
  readonly store: string | null;
  /** All query parameters as received, bracketed names kept (`page[limit]`). */
  readonly queryFields: Readonly<Record<string, QueryValue>>;
  readonly pagination: GluePagination | null;
  readonly sortings: readonly GlueSort[];
  readonly filters: readonly GlueFilter[];
  /** Sparse fieldsets per type (`fields[abstract-products]=name,sku`). */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** Relationship paths (`include=concrete-products,abstract-product-prices`). */
  readonly include: readonly string[];
  readonly resource: { readonly type: string; readonly id: string | null };
  /** The request document's attributes, once the request convention has read the body. */
  readonly attributes: Readonly<Record<string, unknown>> | null;
  /** The parsed request body as received. */
  readonly content: unknown;
  /** Request headers, lower-cased names. */
  readonly meta: Readonly<Record<string, string>>;
  /** `Content-Type` of the request, when it has a body. */
  readonly requestedFormat: string | null;
  /** The media type the response is formatted in. */
  readonly acceptedFormat: string;
  /** Name of the convention that formats the response. */
  readonly convention: string;
  /** The resource version requested (`version=` media type parameter), or `null`. */
  readonly version: string | null;
  readonly identity: GlueIdentity | null;
  /** Glue's `requestUser`: the caller when it is a back-office user (kind `user`), else `null`. */
  readonly requestUser: GlueIdentity | null;
  /** Glue's `requestCustomer`: the caller when it is a customer (kind `customer`), else `null`. */
  readonly requestCustomer: GlueIdentity | null;
}
