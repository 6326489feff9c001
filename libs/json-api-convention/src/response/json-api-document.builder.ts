import {
  encodeRequestTarget,
  isGlueCollection,
  queryString,
  resourceKey,
  type GlueCollection,
  type GlueIncludes,
  type GlueRelationshipLinkage,
  type GlueRequest,
  type GlueResourceIdentifier,
  type GlueResourceObject,
  type GlueResult,
} from '#glue-core';

export interface JsonApiRelationshipObject {
  readonly data: readonly GlueResourceIdentifier[] | GlueResourceIdentifier | null;
  readonly links?: { readonly related: string };
}

export interface JsonApiResourceObject {
  readonly type: string;
  /** `null` only for a transient resource in Glue compatibility mode (`GlueResourceObject.transient`). */
  readonly id: string | null;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly relationships?: Readonly<Record<string, JsonApiRelationshipObject>>;
  readonly links: { readonly self: string };
}

export type JsonApiLinks = Readonly<Record<string, string | null>>;

export interface JsonApiDocument {
  readonly jsonapi: { readonly version: '1.1' };
  readonly data: JsonApiResourceObject | readonly JsonApiResourceObject[];
  readonly included?: readonly JsonApiResourceObject[];
  readonly links: JsonApiLinks;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * Builds the top-level document for a resource or a page of a collection; with `includes`, every
 * resource shows the relationships loaded for it and the document carries `included`. Every link
 * starts with the application's base URL (never the request's Host) and is an RFC 3986 URI
 * reference: queries are percent-encoded (`page%5Boffset%5D=0`).
 */
export function buildJsonApiDocument(
  result: NonNullable<GlueResult>,
  request: GlueRequest,
  includes?: GlueIncludes,
): JsonApiDocument {
  const here = `${request.baseUrl}${encodeRequestTarget(request.path)}`;
  const self = `${here}${queryString(request.queryFields)}`;
  const format = (resource: GlueResourceObject<object>): JsonApiResourceObject =>
    toResourceObject(resource, request, includes);
  const included = includes && { included: includes.included.map(format) };
  if (!isGlueCollection(result)) {
    return { jsonapi: { version: '1.1' }, data: format(result), ...included, links: { self } };
  }
  return {
    jsonapi: { version: '1.1' },
    data: result.resources.map(format),
    ...included,
    links: { self, ...paginationLinks(result, request, here) },
    meta: {
      page: {
        total: result.total,
        offset: request.pagination?.offset ?? 0,
        limit: request.pagination?.limit ?? result.total,
      },
    },
  };
}

function toResourceObject(
  resource: GlueResourceObject<object>,
  request: GlueRequest,
  includes: GlueIncludes | undefined,
): JsonApiResourceObject {
  const path = resource.selfPath ?? `/${resource.type}/${encodeURIComponent(resource.id)}`;
  const fields = request.fields[resource.type];
  const relationships = relationshipsOf(resource, request, fields, includes);
  return {
    type: resource.type,
    id: resource.transient === true && request.glueCompatibility ? null : resource.id,
    attributes: sparse(resource.attributes, fields),
    ...(relationships && { relationships }),
    links: { self: `${request.baseUrl}${path}` },
  };
}

/** The relationships `include` loaded for the resource, minus those a sparse fieldset leaves out. */
function relationshipsOf(
  resource: GlueResourceObject<object>,
  request: GlueRequest,
  fields: readonly string[] | undefined,
  includes: GlueIncludes | undefined,
): Record<string, JsonApiRelationshipObject> | null {
  const loaded = includes?.relationships.get(resourceKey(resource));
  if (!loaded) return null;
  const relationships: Record<string, JsonApiRelationshipObject> = {};
  for (const [name, linkage] of loaded) {
    if (fields && !fields.includes(name)) continue;
    relationships[name] = {
      data: linkageData(linkage, request.glueCompatibility),
      ...(linkage.relatedPath !== null && {
        links: { related: `${request.baseUrl}${linkage.relatedPath}` },
      }),
    };
  }
  return Object.keys(relationships).length > 0 ? relationships : null;
}

/**
 * Resource linkage: an array for a to-many relationship; for a to-one, the identifier or `null`
 * (strict JSON:API), or, in Glue mode, an array of one or none, as Glue renders every relationship.
 * Both are valid JSON:API linkage, so strict clients read either.
 */
function linkageData(
  linkage: GlueRelationshipLinkage,
  glueCompatibility: boolean,
): readonly GlueResourceIdentifier[] | GlueResourceIdentifier | null {
  if (linkage.cardinality === 'many' || glueCompatibility) return linkage.identifiers;
  return linkage.identifiers[0] ?? null;
}

function sparse(
  attributes: object,
  fields: readonly string[] | undefined,
): Readonly<Record<string, unknown>> {
  if (!fields) return attributes as Readonly<Record<string, unknown>>;
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => fields.includes(name)));
}

/** `first`, `prev`, `next`, `last` of `here`, keeping every other query parameter of the request. */
function paginationLinks(page: GlueCollection, request: GlueRequest, here: string): JsonApiLinks {
  const pagination = request.pagination;
  if (!pagination) return {};
  const { offset, limit } = pagination;
  const lastOffset = page.total === 0 ? 0 : Math.floor((page.total - 1) / limit) * limit;
  const link = (target: number): string => {
    const query = { ...request.queryFields, 'page[offset]': String(target), 'page[limit]': String(limit) };
    return `${here}${queryString(query)}`;
  };
  return {
    first: link(0),
    prev: offset > 0 ? link(Math.max(0, Math.min(offset - limit, lastOffset))) : null,
    next: offset + limit < page.total ? link(offset + limit) : null,
    last: link(lastOffset),
  };
}
