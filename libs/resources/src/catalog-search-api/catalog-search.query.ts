import { GlueHttpException, type GlueRequest, type QueryValue } from '#glue-core';
import { CATALOG_SEARCH_SORTS, type CatalogSearchSort } from '#zed-facades/catalog-search';
import {
  BARE_ATTRIBUTE_FILTERS,
  CATALOG_SEARCH_LIMITS,
  DEFAULT_ITEMS_PER_PAGE,
  VALID_ITEMS_PER_PAGE,
} from './catalog-search.parameters.js';

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
    ...pagingOf(fields),
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

/**
 * `page` and `ipp`, or JSON:API's `page[offset]` and `page[limit]` as Glue also reads them (its own
 * links use them): the page is the one holding the offset. Glue's rule for the size: one it does not
 * offer gives the default; a malformed or huge one is refused.
 */
function pagingOf(fields: QueryFields): { page: number; itemsPerPage: number } {
  const ippName = fields['ipp'] === undefined && fields['page[limit]'] !== undefined ? 'page[limit]' : 'ipp';
  const size = single(fields, ippName);
  const requested =
    size === undefined
      ? DEFAULT_ITEMS_PER_PAGE
      : wholeNumber(ippName, size, 1, CATALOG_SEARCH_LIMITS.maxItemsPerPage);
  const itemsPerPage =
    VALID_ITEMS_PER_PAGE.find((offered) => offered === requested) ?? DEFAULT_ITEMS_PER_PAGE;
  const page = single(fields, 'page');
  if (page !== undefined)
    return { page: wholeNumber('page', page, 1, CATALOG_SEARCH_LIMITS.maxPage), itemsPerPage };
  const offset = single(fields, 'page[offset]');
  if (offset === undefined) return { page: 1, itemsPerPage };
  const maxOffset = CATALOG_SEARCH_LIMITS.maxPage * itemsPerPage - 1;
  return {
    page: Math.floor(wholeNumber('page[offset]', offset, 0, maxOffset) / itemsPerPage) + 1,
    itemsPerPage,
  };
}
