import { applyDecorators, Controller, SetMetadata } from '@nestjs/common';
import type { TObject } from '@sinclair/typebox';

export const GLUE_RESOURCE_METADATA = 'glue:resource';
export const GLUE_COLLECTION_QUERY_METADATA = 'glue:collection-query';
export const GLUE_RESOURCE_QUERY_METADATA = 'glue:resource-query';

export interface GlueResourceOptions {
  /** Glue type name: plural, kebab-case (`abstract-products`). */
  readonly type: string;
  /** Path the controller serves; defaults to the type. May hold parameters (`customers/:ref/addresses`). */
  readonly path?: string;
  /**
   * The attributes the resource sends, as a JSON Schema object (TypeBox `Type.Object`). Sparse
   * fieldsets are checked against it and the OpenAPI document describes it; mappers type their
   * output with `Static<typeof schema>`, so the declaration cannot drift from what is sent.
   */
  readonly attributes?: TObject;
  /**
   * What the routes of this controller serve, in words, for the summaries of its operations in the
   * API description: `one` names a single resource with its article (`an abstract product`), `many`
   * a collection (`the prices of an abstract product`), `by` what the id in the path is (`SKU`).
   * The summaries are sentences made from them: "List the prices of an abstract product", "Get an
   * abstract product by SKU", "Create a customer", "Update a customer", "Delete an address of a
   * customer". A route whose sentence would be wrong says its own with `@ApiOperation({ summary })`;
   * a collection read without `many`, or without that override, fails the description.
   */
  readonly noun: GlueResourceNoun;
  /** Names of the conventions the resource serves, preferred first (`['json-api', 'none']`). */
  readonly conventions: readonly string[];
  /**
   * Versions the resource serves (`version=` media type parameter), current last. A request naming
   * another version is refused (406 in `Accept`, 415 in `Content-Type`); without `versions`, naming
   * any version is refused.
   */
  readonly versions?: readonly string[];
  /**
   * What a request without `Accept` gets, overriding the application's setting: OAuth endpoints
   * answer such requests (RFC 6749 clients rarely send one).
   */
  readonly missingAccept?: 'reject' | 'first-convention';
  /**
   * Resources of this type are not kept under an id a client could ask for again (Glue's tokens;
   * their mapper marks each `GlueResourceObject.transient`): in Glue compatibility mode the API
   * description lets their `id` be `null`, as Glue sends it.
   */
  readonly transient?: boolean;
}

/** The words `@GlueResource({ noun })` gives the operation summaries (see there). */
export interface GlueResourceNoun {
  /** A single resource with its article: `a store`, `an abstract product`. */
  readonly one: string;
  /** The collection the controller's list route serves: `the stores`, `the prices of a product`. */
  readonly many?: string;
  /** What the id in the path is, for "Get … by …": `SKU`, `name`, `customer reference`. */
  readonly by?: string;
}

export interface GlueResourceDefinition extends GlueResourceOptions {
  readonly path: string;
}

/**
 * Declares a Nest controller as a Glue resource: its type, path and conventions. Route methods use
 * Nest's own `@Get()`, `@Post()`, … decorators.
 */
export function GlueResource(options: GlueResourceOptions): ClassDecorator {
  const definition: GlueResourceDefinition = { ...options, path: options.path ?? options.type };
  return applyDecorators(Controller(definition.path), SetMetadata(GLUE_RESOURCE_METADATA, definition));
}

export interface PageOptions {
  readonly defaultLimit: number;
  readonly maxLimit: number;
}

export interface CollectionQueryOptions {
  /** Fields clients may sort by (`sort=name,-createdAt`). */
  readonly sort?: readonly string[];
  /** Applied when the client sends no `sort`. */
  readonly defaultSort?: readonly string[];
  /** Fields clients may filter by (`filter[sku]=…` or `filter[<type>.sku]=…`). */
  readonly filters?: readonly string[];
  readonly page?: PageOptions;
}

export const DEFAULT_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100 };

/**
 * Marks a route as a collection read and declares the query it accepts. Routes without it refuse
 * `page`, `sort` and `filter` parameters with 400.
 */
export const CollectionQuery = (options: CollectionQueryOptions = {}): MethodDecorator =>
  SetMetadata(GLUE_COLLECTION_QUERY_METADATA, options);

/** One query parameter a route reads itself (`@ResourceQuery`), for the API description. */
export interface ResourceQueryParameter {
  /** The name as sent, brackets kept (`price[min]`, `label[]`). */
  readonly name: string;
  readonly description: string;
  /** JSON Schema of one value (`{ type: 'integer', minimum: 1 }`). */
  readonly schema: Readonly<Record<string, unknown>>;
  /** The parameter may repeat (`label[]=a&label[]=b`). */
  readonly repeatable?: boolean;
}

export interface ResourceQueryOptions {
  readonly parameters: readonly ResourceQueryParameter[];
  /**
   * Families of names the route also reads, in words, for the description (`<attribute>[]`);
   * their names are open-ended, so the route's handler reads and bounds them itself.
   */
  readonly families?: readonly string[];
}

/**
 * Declares the query parameters a route reads itself beyond JSON:API's (Glue's `catalog-search`:
 * `q`, `page`, `ipp`, `sort=name_asc`, `price[min]`). Request parsing leaves a declared name to the
 * route even where it would otherwise read it as a JSON:API family (`sort`, `page`), and the API
 * description lists the declared parameters. The handler validates their values (400 naming the
 * parameter); undeclared names stay ignored, as on every route.
 */
export const ResourceQuery = (options: ResourceQueryOptions): MethodDecorator =>
  SetMetadata(GLUE_RESOURCE_QUERY_METADATA, options);
