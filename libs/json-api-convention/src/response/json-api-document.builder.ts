import {
  isGlueCollection,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
  type GlueResult,
} from '#glue-core';

export interface JsonApiResourceObject {
  readonly type: string;
  readonly id: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly links: { readonly self: string };
}

export type JsonApiLinks = Readonly<Record<string, string | null>>;

export interface JsonApiDocument {
  readonly jsonapi: { readonly version: '1.1' };
  readonly data: JsonApiResourceObject | readonly JsonApiResourceObject[];
  readonly links: JsonApiLinks;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** Builds the top-level document for a resource or a page of a collection. */
export function buildJsonApiDocument(result: NonNullable<GlueResult>, request: GlueRequest): JsonApiDocument {
  const self = `${request.origin}${request.path}${queryString(request.queryFields)}`;
  if (!isGlueCollection(result)) {
    return { jsonapi: { version: '1.1' }, data: toResourceObject(result, request), links: { self } };
  }
  return {
    jsonapi: { version: '1.1' },
    data: result.resources.map((resource) => toResourceObject(resource, request)),
    links: { self, ...paginationLinks(result, request) },
    meta: {
      page: {
        total: result.total,
        offset: request.pagination?.offset ?? 0,
        limit: request.pagination?.limit ?? result.total,
      },
    },
  };
}

function toResourceObject(resource: GlueResourceObject, request: GlueRequest): JsonApiResourceObject {
  const path = resource.selfPath ?? `/${resource.type}/${encodeURIComponent(resource.id)}`;
  return {
    type: resource.type,
    id: resource.id,
    attributes: sparse(resource.attributes, request.fields[resource.type]),
    links: { self: `${request.origin}${path}` },
  };
}

function sparse(
  attributes: object,
  fields: readonly string[] | undefined,
): Readonly<Record<string, unknown>> {
  if (!fields) return attributes as Readonly<Record<string, unknown>>;
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => fields.includes(name)));
}

/** `first`, `prev`, `next`, `last`, keeping every other query parameter of the request. */
function paginationLinks(page: GlueCollection, request: GlueRequest): JsonApiLinks {
  const pagination = request.pagination;
  if (!pagination) return {};
  const { offset, limit } = pagination;
  const lastOffset = page.total === 0 ? 0 : Math.floor((page.total - 1) / limit) * limit;
  const link = (target: number): string => {
    const query = { ...request.queryFields, 'page[offset]': String(target), 'page[limit]': String(limit) };
    return `${request.origin}${request.path}${queryString(query)}`;
  };
  return {
    first: link(0),
    prev: offset > 0 ? link(Math.max(0, Math.min(offset - limit, lastOffset))) : null,
    next: offset + limit < page.total ? link(offset + limit) : null,
    last: link(lastOffset),
  };
}

function queryString(query: GlueRequest['queryFields']): string {
  const pairs = Object.entries(query).flatMap(([name, value]) =>
    (typeof value === 'string' ? [value] : value).map(
      (item) => `${encodeName(name)}=${encodeURIComponent(item)}`,
    ),
  );
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/** Brackets stay readable in parameter names (`page[offset]`), as JSON:API's own examples write them. */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}
