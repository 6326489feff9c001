import {
  GlueErrorCode,
  GlueHttpException,
  parseDateTime,
  type CollectionQueryOptions,
  type GluePagination,
  type GlueRequest,
  type PageOptions,
  type SortDirection,
} from '#glue-core';

/**
 * What a collection route accepts, declared once: the route's `@CollectionQuery` takes it as it is
 * and its criteria are read back through it, so that the two cannot drift apart.
 */
export interface CollectionDefinition<
  TSort extends string,
  TFilter extends string,
> extends CollectionQueryOptions {
  readonly sort: readonly TSort[];
  /** Applied when the client sends no `sort` (`-createdAt` for descending). */
  readonly defaultSort: readonly (TSort | `-${TSort}`)[];
  readonly filters: readonly TFilter[];
  readonly page: PageOptions;
}

export interface CollectionSort<TSort extends string> {
  readonly field: TSort;
  readonly direction: SortDirection;
}

/** A collection request as a facade wants it: the page, typed sorts and the raw filter values. */
export interface CollectionCriteria<TSort extends string, TFilter extends string> {
  readonly offset: number;
  readonly limit: number;
  readonly sort: readonly CollectionSort<TSort>[];
  readonly filters: Readonly<Partial<Record<TFilter, string>>>;
}

/**
 * The requested page of a collection route. glue-core fills it, defaults applied, on every route
 * with `@CollectionQuery`; a route without one that reads a page is a wiring mistake.
 */
export function requirePagination(request: GlueRequest): GluePagination {
  if (request.pagination === null) {
    throw new Error(`${request.method} ${request.path} reads a page but its route has no @CollectionQuery.`);
  }
  return request.pagination;
}

/**
 * Reads a collection request back through the sorts and filters of its definition. The route's
 * `@CollectionQuery` has already refused any sort or filter it does not declare; this only narrows
 * the types.
 */
export function collectionCriteria<TSort extends string, TFilter extends string>(
  request: GlueRequest,
  definition: Pick<CollectionDefinition<TSort, TFilter>, 'sort' | 'filters'>,
): CollectionCriteria<TSort, TFilter> {
  const { offset, limit } = requirePagination(request);
  const filters: Partial<Record<TFilter, string>> = {};
  for (const filter of request.filters) {
    const field = definition.filters.find((candidate) => candidate === filter.field);
    if (field !== undefined) filters[field] = filter.value;
  }
  return {
    offset,
    limit,
    sort: request.sortings.flatMap((sort) => {
      const field = definition.sort.find((candidate) => candidate === sort.field);
      return field === undefined ? [] : [{ field, direction: sort.direction }];
    }),
    filters,
  };
}

/** A `filter[<field>]` value that must be `true` or `false`; anything else is 400 code `011`. */
export function booleanFilter(field: string, value: string): boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  throw GlueHttpException.invalidParameter(
    `filter[${field}]`,
    `filter[${field}] is true or false.`,
    GlueErrorCode.InvalidFilter,
  );
}

/**
 * A `filter[<field>]` instant: ISO-8601 with an offset, any offset (`2026-11-21T11:00:00+01:00`);
 * anything else is 400 code `011`.
 */
export function dateTimeFilter(field: string, value: string): Date {
  const date = parseDateTime(value);
  if (date) return date;
  throw GlueHttpException.invalidParameter(
    `filter[${field}]`,
    `filter[${field}] is an ISO-8601 date-time with an offset, e.g. 2026-11-21T11:00:00+01:00.`,
    GlueErrorCode.InvalidFilter,
  );
}
