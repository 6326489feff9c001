import {
  GlueHttpException,
  type GlueRequest,
  type QueryValue,
  type ResourceQueryParameter,
} from '#glue-core';
import { CURRENCY_PARAMETER, PRICE_MODE_PARAMETER } from '#resources/shared/catalog';
import { CATALOG_SEARCH_SORTS, type CatalogSearchSort } from '#zed-facades/catalog-search';

/** Items per page Glue offers (`pagination.config.validItemsPerPageOptions`), and its default. */
export const VALID_ITEMS_PER_PAGE = [12, 24, 36] as const;
export const DEFAULT_ITEMS_PER_PAGE = 12;

/**
 * Bounds on what one search may ask for, beyond the application's query limits (docs/security.md):
 * a search costs one statement per facet, so the number of filters and their values is bounded.
 */
export const CATALOG_SEARCH_LIMITS = {
  /** Characters of `q`. */
  maxQueryText: 200,
  /** `ipp` above this is refused; a smaller one Glue does not offer falls back to the default. */
  maxItemsPerPage: 100,
  /** `page` above this is refused (a deeper page is no shop's listing, and costs a deep OFFSET). */
  maxPage: 10_000,
  /** Values of one multi-valued filter (`label[]`, `color[]`). */
  maxFilterValues: 20,
  /** Characters of one filter value. */
  maxFilterValueLength: 100,
  /** Distinct attribute filters (`<attribute>[]`) in one search. */
  maxAttributeFilters: 10,
} as const;

/**
 * Attribute filters also read without brackets: Oryx sends one value as `color=Red` (several as
 * `color[]=…`). Other attributes take `<attribute>[]` only, so that an unrelated parameter
 * (`utm_source=…`) never filters the catalog.
 */
const BARE_ATTRIBUTE_FILTERS = ['color', 'storage_capacity', 'weight'] as const;

/** The names `catalog-search` reads itself (`@ResourceQuery`), with their API description. */
export const CATALOG_SEARCH_PARAMETERS: readonly ResourceQueryParameter[] = [
  { name: 'q', description: 'Free text; empty or absent browses the catalog.', schema: { type: 'string' } },
  {
    name: 'category',
    description: 'A category node id: products in the node or below it.',
    schema: { type: 'integer', minimum: 1 },
  },
  {
    name: 'price[min]',
    description: 'Lowest price in monetary units of the currency (`10` is 10.00 EUR, 1000 cents), inclusive.',
    schema: { type: 'string', pattern: '^\\d{1,9}(\\.\\d{1,2})?$' },
  },
  {
    name: 'price[max]',
    description: 'Highest price in monetary units of the currency, inclusive.',
    schema: { type: 'string', pattern: '^\\d{1,9}(\\.\\d{1,2})?$' },
  },
  {
    name: 'rating[min]',
    description: 'Lowest average rating, 0 to 5.',
    schema: { type: 'number', minimum: 0, maximum: 5 },
  },
  { name: 'brand', description: 'One brand.', schema: { type: 'string' } },
  {
    name: 'label[]',
    description: 'Product label names; any of them.',
    schema: { type: 'string' },
    repeatable: true,
  },
  {
    name: 'label',
    description: 'One product label name (as Oryx sends a single value).',
    schema: { type: 'string' },
  },
  { name: 'color[]', description: 'Colours; any of them.', schema: { type: 'string' }, repeatable: true },
  ...BARE_ATTRIBUTE_FILTERS.map((name) => ({
    name,
    description: `One ${name} value, as Oryx sends a single value (several: \`${name}[]\`).`,
    schema: { type: 'string' },
  })),
  {
    name: 'sort',
    description: 'Sort order; without it, relevance when `q` is given, else the default order.',
    schema: { type: 'string', enum: [...CATALOG_SEARCH_SORTS] },
  },
  { name: 'page', description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1, default: 1 } },
  {
    name: 'ipp',
    description: `Items per page: ${VALID_ITEMS_PER_PAGE.join(', ')}; another whole number up to ${CATALOG_SEARCH_LIMITS.maxItemsPerPage} falls back to ${DEFAULT_ITEMS_PER_PAGE}, as in Glue.`,
    schema: { type: 'integer', minimum: 1, maximum: CATALOG_SEARCH_LIMITS.maxItemsPerPage, default: 12 },
  },
  {
    name: CURRENCY_PARAMETER,
    description: 'ISO 4217 currency of prices; the store default without it.',
    schema: { type: 'string' },
  },
  {
    name: PRICE_MODE_PARAMETER,
    description: 'GROSS_MODE (default) or NET_MODE.',
    schema: { type: 'string', enum: ['GROSS_MODE', 'NET_MODE'] },
  },
];

/** The search a request asks for, before the store, locale and currency are added. */
export interface CatalogSearchQuery {
  readonly q?: string;
  readonly categoryNodeId?: number;
  /** Monetary units as sent (`9.99`), checked; `minorUnits` converts them in the request's currency. */
  readonly priceMin?: string;
  readonly priceMax?: string;
  readonly ratingMin?: number;
  readonly brand?: string;
  readonly labels?: readonly string[];
  readonly attributeFilters?: Readonly<Record<string, readonly string[]>>;
  readonly sort?: CatalogSearchSort;
  readonly page: number;
  readonly itemsPerPage: number;
}

/** Names that are never attribute filters: Glue's own parameters and JSON:API's families. */
const RESERVED = new Set([
  'q',
  'category',
  'price',
  'rating',
  'brand',
  'label',
  'sort',
  'page',
  'ipp',
  'include',
  'fields',
  'filter',
]);
const ATTRIBUTE_FILTER = /^([a-z][a-z0-9_]*)\[\]$/;
const MONEY = /^\d{1,9}(\.\d{1,2})?$/;
const DECIMAL = /^\d{1,3}(\.\d{1,4})?$/;
const WHOLE = /^\d{1,9}$/;

/**
 * Reads Glue's catalog-search query (`q`, `category`, `price[min]`, …, `page`, `ipp`). A malformed or
 * out-of-bounds value is 400 naming the parameter (code `4001`); a whole `ipp` Glue does not offer
 * falls back to the default, as Glue does. Multi-valued filters take `name[]=a&name[]=b` (Glue's
 * documentation) and a single `name=a` where Oryx sends one value so (`label`, `color`, `weight`,
 * `storage_capacity`).
 */
export function readCatalogSearchQuery(request: Pick<GlueRequest, 'queryFields'>): CatalogSearchQuery {
  const fields = request.queryFields;
  const q = optionalText(fields, 'q', CATALOG_SEARCH_LIMITS.maxQueryText)?.trim();
  const category = single(fields, 'category');
  const priceMin = single(fields, 'price[min]');
  const priceMax = single(fields, 'price[max]');
  const ratingMin = single(fields, 'rating[min]');
  const brand = optionalText(fields, 'brand', CATALOG_SEARCH_LIMITS.maxFilterValueLength);
  const labels = values(fields, 'label');
  const sort = single(fields, 'sort');
  const attributeFilters = readAttributeFilters(fields);
  return {
    ...(q !== undefined && q !== '' && { q }),
    ...(category !== undefined && { categoryNodeId: wholeNumber('category', category, 1, 2_147_483_647) }),
    ...(priceMin !== undefined && { priceMin: amount('price[min]', priceMin) }),
    ...(priceMax !== undefined && { priceMax: amount('price[max]', priceMax) }),
    ...(ratingMin !== undefined && { ratingMin: rating('rating[min]', ratingMin) }),
    ...(brand !== undefined && brand !== '' && { brand }),
    ...(labels.length > 0 && { labels }),
    ...(Object.keys(attributeFilters).length > 0 && { attributeFilters }),
    ...(sort !== undefined && sort !== '' && { sort: sortOf(sort) }),
    page: pageOf(single(fields, 'page')),
    itemsPerPage: itemsPerPageOf(single(fields, 'ipp')),
  };
}

type QueryFields = Readonly<Record<string, QueryValue>>;

function invalid(parameter: string, detail: string): GlueHttpException {
  return GlueHttpException.invalidParameter(parameter, detail);
}

function single(fields: QueryFields, name: string): string | undefined {
  const value = fields[name];
  if (value === undefined || typeof value === 'string') return value;
  throw invalid(name, `${name} may appear only once.`);
}

function optionalText(fields: QueryFields, name: string, maxLength: number): string | undefined {
  const value = single(fields, name);
  if (value !== undefined && value.length > maxLength) {
    throw invalid(name, `${name} is ${value.length} characters long; at most ${maxLength} are searched.`);
  }
  return value;
}

/** `name[]` (repeatable) and `name`, together; empty values dropped, duplicates once. */
function values(fields: QueryFields, name: string): string[] {
  const found = [fields[`${name}[]`], fields[name]].flatMap((value) =>
    value === undefined ? [] : typeof value === 'string' ? [value] : [...value],
  );
  const unique = [...new Set(found.filter((value) => value !== ''))];
  const parameter = fields[`${name}[]`] === undefined ? name : `${name}[]`;
  if (unique.length > CATALOG_SEARCH_LIMITS.maxFilterValues) {
    throw invalid(
      parameter,
      `${parameter} has ${unique.length} values; at most ${CATALOG_SEARCH_LIMITS.maxFilterValues} are allowed.`,
    );
  }
  const long = unique.find((value) => value.length > CATALOG_SEARCH_LIMITS.maxFilterValueLength);
  if (long !== undefined) {
    throw invalid(
      parameter,
      `A value of ${parameter} is ${long.length} characters long; at most ${CATALOG_SEARCH_LIMITS.maxFilterValueLength} are allowed.`,
    );
  }
  return unique;
}

/** Every `<attribute>[]`, and Oryx's single `color=…`, `weight=…`, `storage_capacity=…`. */
function readAttributeFilters(fields: QueryFields): Record<string, readonly string[]> {
  const names = new Set<string>(BARE_ATTRIBUTE_FILTERS.filter((name) => fields[name] !== undefined));
  for (const name of Object.keys(fields)) {
    const attribute = ATTRIBUTE_FILTER.exec(name)?.[1];
    if (attribute !== undefined && !RESERVED.has(attribute)) names.add(attribute);
  }
  if (names.size > CATALOG_SEARCH_LIMITS.maxAttributeFilters) {
    throw invalid(
      `${[...names][CATALOG_SEARCH_LIMITS.maxAttributeFilters] ?? ''}[]`,
      `The search filters ${names.size} attributes; at most ${CATALOG_SEARCH_LIMITS.maxAttributeFilters} are allowed.`,
    );
  }
  const filters: Record<string, readonly string[]> = {};
  for (const name of names) {
    const accepted = values(fields, name);
    if (accepted.length > 0) filters[name] = accepted;
  }
  return filters;
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = WHOLE.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw invalid(name, `${name} must be a whole number from ${min} to ${max}.`);
  }
  return number;
}

/** An amount in monetary units with at most two decimals (`9.99`), as Glue reads `price[…]`. */
function amount(name: string, value: string): string {
  if (!MONEY.test(value)) {
    throw invalid(name, `${name} is an amount in monetary units with at most two decimals, such as 9.99.`);
  }
  return value;
}

/**
 * A checked amount (`9.99`) in minor units of a currency with `fractionDigits` decimals (999 for
 * EUR), exactly, without floating point; more decimals than the currency has is 400 on `name`.
 */
export function minorUnits(name: string, value: string, fractionDigits: number): number {
  const [whole = '0', fraction = ''] = value.split('.');
  if (fraction.length > fractionDigits) {
    throw invalid(name, `${name} has more decimals than the currency's ${fractionDigits}.`);
  }
  return Number(whole) * 10 ** fractionDigits + Number(fraction.padEnd(fractionDigits, '0') || '0');
}

function rating(name: string, value: string): number {
  const number = DECIMAL.test(value) ? Number(value) : Number.NaN;
  if (!(number >= 0 && number <= 5)) throw invalid(name, `${name} is a rating from 0 to 5.`);
  return number;
}

function sortOf(value: string): CatalogSearchSort {
  const sort = CATALOG_SEARCH_SORTS.find((each) => each === value);
  if (sort === undefined) {
    throw invalid('sort', `Cannot sort by "${value}". Sort orders: ${CATALOG_SEARCH_SORTS.join(', ')}.`);
  }
  return sort;
}

function pageOf(value: string | undefined): number {
  return value === undefined ? 1 : wholeNumber('page', value, 1, CATALOG_SEARCH_LIMITS.maxPage);
}

/** Glue's rule: an `ipp` it does not offer gives the default page size; a malformed or huge one is refused. */
function itemsPerPageOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_ITEMS_PER_PAGE;
  const ipp = wholeNumber('ipp', value, 1, CATALOG_SEARCH_LIMITS.maxItemsPerPage);
  return VALID_ITEMS_PER_PAGE.find((offered) => offered === ipp) ?? DEFAULT_ITEMS_PER_PAGE;
}
