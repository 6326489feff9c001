import type { GlueRequest } from '../context/glue-request.js';
import type { GlueError } from '../errors/glue-error.js';
import type { GlueConventionDescriber } from '../openapi/api-description.js';
import type { GlueIncludes } from '../relationship/include.loader.js';
import type { GlueResult } from '../resource/glue-resource-object.js';
import type { MediaType } from './media-type.js';

/** What a convention makes of a request body: the attributes to validate, and the client's id. */
export interface GlueRequestBody {
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly id: string | null;
}

/** The endpoint a body is sent to: its type, and the id in its URL for updates. */
export interface GlueBodyTarget {
  readonly type: string;
  readonly id: string | null;
  readonly method: string;
  /** The application's Glue compatibility mode (contract §9): read what Glue reads. */
  readonly glueCompatibility: boolean;
}

/** A formatted response body with the headers the convention adds. */
export interface GlueFormattedResponse {
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A request/response format, selected per request by content negotiation. glue-core ships `none`
 * (plain JSON); `json-api` lives in its own library; a project registers more by implementing this
 * interface and listing the class in its application's `conventions`. The optional `describe…`
 * methods tell the application's OpenAPI document what its documents look like.
 */
export interface GlueConvention extends GlueConventionDescriber {
  /** Stable name that resources list in `@GlueResource({ conventions })`. */
  readonly name: string;
  /** The media type this convention reads and writes, e.g. `application/vnd.api+json`. */
  readonly mediaType: string;
  /** Request body media types it reads, when they are more than `mediaType` (OAuth reads forms). */
  readonly requestMediaTypes?: readonly string[];
  /**
   * Glue compatibility mode (contract §9): the generic media types Glue clients label this
   * convention's documents with (JSON:API: `application/json`, `text/plain`), with at most a
   * `charset` (and `version`). A body of such a type goes to the first of the resource's
   * conventions that lists the type and whose `isDocument` recognises the body; when none does, to
   * the convention that reads the type as its own (`none` for `application/json`), else to the
   * first that lists it, which then says what is wrong with the document.
   */
  readonly glueRequestMediaTypes?: readonly string[];
  /** Whether a parsed body is this convention's document (JSON:API: an object with `data`); absent: any body is. */
  isDocument?(body: unknown): boolean;
  /**
   * Whether a media type with these parameters may select this convention. JSON:API allows only
   * `ext`, `profile` and `version`; a media type with others is refused (415 / 406).
   */
  acceptsParameters(parameters: Readonly<Record<string, string>>): boolean;
  /**
   * The extensions it supports, by URI, as a media type's `ext` parameter names them (JSON:API 1.1
   * §5.1); none when absent. A media type whose `ext` names any other does not select the
   * convention: 415 in `Content-Type`; in `Accept` that instance is passed over, and when every
   * instance of the media type is, the convention is not acceptable (406 unless another one is).
   */
  readonly extensions?: readonly string[];
  /** Turns a parsed JSON body into attributes; throws `GlueHttpException` (400/403/409) when it cannot. */
  readBody(body: unknown, target: GlueBodyTarget): GlueRequestBody;
  /** Where an attribute path (`a.0.b`) lives in this convention's request document, as a JSON pointer. */
  attributePointer(attributePath: string): string;
  /**
   * Whether the convention can express relationships and included resources. A request with
   * `include` that negotiates a convention without them is refused (400).
   */
  readonly supportsIncludes?: boolean;
  /**
   * Builds the response body for what a resource returned; `includes` holds the relationships the
   * request's `include` loaded, when it had one.
   */
  formatResult(
    result: Exclude<GlueResult, null | undefined>,
    request: GlueRequest,
    includes?: GlueIncludes,
  ): GlueFormattedResponse;
  /**
   * Builds the error body. `self` is the URL the client requested, on the application's public
   * base and percent-encoded; `request` is absent when the request never got as far as parsing.
   */
  formatErrors(errors: readonly GlueError[], self: string, request: GlueRequest | null): unknown;
}

/** A media type matched to the convention it selects. */
export interface NegotiatedFormat {
  readonly convention: GlueConvention;
  readonly mediaType: MediaType;
}

/**
 * A dotted attribute path (`a.0.b`) as a JSON pointer (RFC 6901) under `base` (`/data/attributes`),
 * with `~` and `/` in names escaped.
 */
export function attributeJsonPointer(attributePath: string, base = ''): string {
  const segments = attributePath
    .split('.')
    .map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1'));
  return `${base}/${segments.join('/')}`;
}
