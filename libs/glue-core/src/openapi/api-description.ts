import type { GlueRelationshipDefinition } from '../relationship/glue-relationship.js';

/**
 * What a convention is told, and answers, when the application describes itself (OpenAPI 3.1).
 * glue-core knows routes, resources, relationships and statuses; only a convention knows how its
 * documents wrap them, so each convention describes its own envelopes through the optional
 * `describe…` methods of `GlueConvention`.
 */

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1) as plain JSON. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** A resource type as the application declares it. */
export interface GlueResourceDescription {
  readonly type: string;
  /** Its attributes as declared (`@GlueResource({ attributes })`); `null` when it declares none. */
  readonly attributes: JsonSchema | null;
  /** The relationships resources of this type can show (`include`). */
  readonly relationships: readonly GlueRelationshipDefinition[];
  /**
   * Its `id` may be `null`: a transient resource (`@GlueResource({ transient: true })`) of an
   * application in Glue compatibility mode.
   */
  readonly nullableId: boolean;
}

/** What a route sends on success. */
export interface GlueResultDescription {
  readonly resource: GlueResourceDescription;
  /**
   * Many resources rather than one: a route with `@CollectionQuery`, or a read whose path does not
   * end with the resource id (as in Glue, the id in the URL makes a single resource).
   */
  readonly collection: boolean;
  /** A page of the collection (`@CollectionQuery`: `page[offset]`, `page[limit]`), or all of it. */
  readonly paginated: boolean;
  /** Every type `include` can reach from the resource, itself included when a path leads back. */
  readonly included: readonly GlueResourceDescription[];
  /**
   * The application runs in Glue compatibility mode (contract §9): `include` resolves names by
   * type and ignores unknown ones, and every relationship's linkage is an array.
   */
  readonly glueCompatibility: boolean;
}

/** A request body a route reads. */
export interface GlueRequestBodyDescription {
  readonly type: string;
  readonly method: string;
  /** Whether the route's path ends with the resource id (an update names it in the body too). */
  readonly idInPath: boolean;
  /** The attributes the route validates (its `@GlueAttributes()` class), or a free object. */
  readonly attributes: JsonSchema;
}

/** Named schemas of the document (`components.schemas`), each built once. */
export interface GlueSchemaComponents {
  /** A `$ref` to the schema `name`, built by `build` on first use. */
  ref(name: string, build: () => JsonSchema): JsonSchema;
}

export interface GlueHeaderDescription {
  readonly description: string;
  readonly schema: JsonSchema;
}

/** A response or request body in one convention's media type. */
export interface GlueBodyDescription {
  readonly schema: JsonSchema;
  /** Headers the convention adds to such a response (`X-Total-Count`). */
  readonly headers?: Readonly<Record<string, GlueHeaderDescription>>;
}

export interface GlueRequestBodySchema {
  readonly schema: JsonSchema;
  /** Error statuses the convention itself answers when reading such a body (JSON:API: 403, 409). */
  readonly errorStatuses?: readonly number[];
}

/** The optional part of `GlueConvention` that describes its documents; absent parts are `{}`. */
export interface GlueConventionDescriber {
  /** The success document of a route. */
  describeResult?(result: GlueResultDescription, components: GlueSchemaComponents): GlueBodyDescription;
  /** The request document of a route, for each media type the convention reads. */
  describeRequestBody?(
    body: GlueRequestBodyDescription,
    components: GlueSchemaComponents,
  ): GlueRequestBodySchema;
  /** The error document (any status). */
  describeErrors?(components: GlueSchemaComponents): JsonSchema;
}
