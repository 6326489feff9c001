import type { GlueFilter, GluePagination, GlueSort, QueryValue } from '../context/glue-request.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { DEFAULT_PAGE, type CollectionQueryOptions } from '../resource/glue-resource.decorator.js';

export interface ParsedQuery {
  readonly pagination: GluePagination | null;
  readonly sortings: readonly GlueSort[];
  readonly filters: readonly GlueFilter[];
  readonly fields: Readonly<Record<string, readonly string[]>>;
  readonly include: readonly string[];
}

const FAMILY = /^(page|filter|fields)\[([^\]]*)\]$/;
const FIELD_NAME = /^[A-Za-z][\w-]*$/;
const TYPE_NAME = /^[a-z][a-z0-9-]*$/;
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Reads the JSON:API query families (`include`, `fields[…]`, `sort`, `page[…]`, `filter[…]`) that
 * both shipped conventions share. `collection` holds the route's declared collection query; a
 * route without one refuses `sort`, `page` and `filter`. Other parameters are left to the resource.
 * `pageCeiling` (the application's `maxPageLimit`) caps the collection's default and maximum page
 * size, so that a page, and every pagination link built from it, stays within the ceiling.
 * `glueCompatibility`: empty `include` items are skipped (`include=` asks for nothing, as in Glue)
 * instead of refused. `ownNames`: parameters the route reads itself (`@ResourceQuery`), left to it
 * even where they look like a JSON:API family (Glue's `sort=name_asc`, `page=2`).
 */
export function parseQuery(
  query: Readonly<Record<string, QueryValue | undefined>>,
  resourceType: string,
  collection: CollectionQueryOptions | undefined,
  pageCeiling = Number.POSITIVE_INFINITY,
  glueCompatibility = false,
  ownNames: ReadonlySet<string> = NO_NAMES,
): ParsedQuery {
  const fields: Record<string, readonly string[]> = {};
  const filters: GlueFilter[] = [];
  const page: Record<string, string> = {};
  let include: readonly string[] = [];
  let sort: string | undefined;

  for (const [name, rawValue] of Object.entries(query)) {
    if (rawValue === undefined || ownNames.has(name)) continue;
    const family = FAMILY.exec(name);
    const isOurs =
      family !== null || name === 'include' || name === 'sort' || /^(page|filter|fields)$/.test(name);
    if (!isOurs) continue;
    const value = single(name, rawValue);
    if (name === 'include') {
      include = glueCompatibility ? nonEmptyItems(value) : list(name, value);
    } else if (name === 'sort') {
      sort = value;
    } else if (family?.[1] === 'fields') {
      const type = family[2] ?? '';
      if (!TYPE_NAME.test(type))
        throw GlueHttpException.invalidParameter(name, `"${type}" is not a resource type.`);
      fields[type] = value === '' ? [] : list(name, value);
    } else if (family?.[1] === 'page') {
      page[family[2] ?? ''] = value;
    } else if (family?.[1] === 'filter') {
      filters.push(readFilter(name, family[2] ?? '', value, resourceType, collection));
    } else {
      throw GlueHttpException.invalidParameter(name, `Use ${name}[…] with a member name in the brackets.`);
    }
  }

  if (!collection) {
    for (const [present, parameter] of [
      [sort !== undefined, 'sort'],
      [Object.keys(page).length > 0, `page[${Object.keys(page)[0] ?? ''}]`],
    ] as const) {
      if (present)
        throw GlueHttpException.invalidParameter(parameter, `${parameter} applies to collections only.`);
    }
    return { pagination: null, sortings: [], filters, fields, include };
  }
  return {
    pagination: readPagination(page, collection, pageCeiling),
    sortings: readSort(sort ?? collection.defaultSort?.join(','), collection),
    filters,
    fields,
    include,
  };
}

function single(name: string, value: QueryValue): string {
  if (typeof value === 'string') return value;
  throw GlueHttpException.invalidParameter(name, `${name} may appear only once.`);
}

function nonEmptyItems(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function list(name: string, value: string): string[] {
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) {
    throw GlueHttpException.invalidParameter(
      name,
      `${name} must be a comma-separated list without empty items.`,
    );
  }
  return items;
}

function readFilter(
  name: string,
  member: string,
  value: string,
  resourceType: string,
  collection: CollectionQueryOptions | undefined,
): GlueFilter {
  const separator = member.lastIndexOf('.');
  const resource = separator === -1 ? null : member.slice(0, separator);
  const field = separator === -1 ? member : member.slice(separator + 1);
  const allowed = collection?.filters ?? [];
  if ((resource !== null && resource !== resourceType) || !allowed.includes(field)) {
    const hint = allowed.length > 0 ? ` Allowed: ${allowed.join(', ')}.` : ' This route has no filters.';
    throw GlueHttpException.invalidParameter(
      name,
      `Filter "${member}" is not supported.${hint}`,
      GlueErrorCode.InvalidFilter,
    );
  }
  return { resource, field, value };
}

function readPagination(
  page: Readonly<Record<string, string>>,
  collection: CollectionQueryOptions,
  pageCeiling: number,
): GluePagination {
  const declared = collection.page ?? DEFAULT_PAGE;
  const defaultLimit = Math.min(declared.defaultLimit, pageCeiling);
  const maxLimit = Math.min(declared.maxLimit, pageCeiling);
  const unknown = Object.keys(page).find((key) => key !== 'offset' && key !== 'limit');
  if (unknown !== undefined) {
    throw GlueHttpException.invalidParameter(
      `page[${unknown}]`,
      'Pagination takes page[offset] and page[limit].',
    );
  }
  const offset = readInteger('page[offset]', page['offset'], 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = readInteger('page[limit]', page['limit'], defaultLimit, 1, maxLimit);
  return { offset, limit };
}

function readInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw GlueHttpException.invalidParameter(name, `${name} must be an integer from ${min} to ${max}.`);
  }
  return number;
}

function readSort(value: string | undefined, collection: CollectionQueryOptions): GlueSort[] {
  if (value === undefined || value === '') return [];
  const allowed = collection.sort ?? [];
  const seen = new Set<string>();
  return list('sort', value).map((item) => {
    const descending = item.startsWith('-');
    const field = descending ? item.slice(1) : item;
    if (!FIELD_NAME.test(field) || !allowed.includes(field) || seen.has(field)) {
      const hint =
        allowed.length > 0 ? ` Sortable: ${allowed.join(', ')}.` : ' This collection cannot be sorted.';
      throw GlueHttpException.invalidParameter('sort', `Cannot sort by "${field}".${hint}`);
    }
    seen.add(field);
    return { field, direction: descending ? 'desc' : 'asc' };
  });
}
