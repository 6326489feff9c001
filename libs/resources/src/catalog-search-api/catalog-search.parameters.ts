import type { ResourceQueryParameter } from '#glue-core';
import { CURRENCY_PARAMETER, PRICE_MODE_PARAMETER } from '#resources/shared/catalog';
import { CATALOG_SEARCH_SORTS } from '#zed-facades/catalog-search';

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
export const BARE_ATTRIBUTE_FILTERS = ['color', 'storage_capacity', 'weight'] as const;

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
    name: 'page[offset]',
    description: 'JSON:API paging as Glue also reads it: the page holding this item (`page` wins).',
    schema: { type: 'integer', minimum: 0 },
  },
  {
    name: 'page[limit]',
    description: 'JSON:API paging as Glue also reads it: items per page, read as `ipp` (`ipp` wins).',
    schema: { type: 'integer', minimum: 1, maximum: CATALOG_SEARCH_LIMITS.maxItemsPerPage },
  },
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
