import type { EntityManager } from 'typeorm';
import {
  buildCategoryTree,
  buildRangeFacets,
  buildValueFacets,
  facetNamesOf,
  toProduct,
  type FacetCount,
  type PageRow,
} from '../business/search-result.builder.js';
import type {
  CatalogSearchAppliedSort,
  CatalogSearchCriteria,
  CatalogSearchResultTransfer,
} from '../transfer/catalog-search.transfer.js';
import { prefixTsQuery } from '../business/text-query.js';
import { readCategoryNodes } from './category-tree.reader.js';
import { resolveSearchContext, type SearchContext } from './search-context.js';
import { SearchStatements, valueFiltersOf } from './search-statements.js';
import { suggestSpelling } from './spelling.reader.js';

const CATEGORY_FACET = 'category';

/** Remembers a value computed from the index until the catalog changes (`StorageDocumentCache.derive`). */
export type DeriveValue = <T>(name: string, compute: () => Promise<T>) => Promise<T>;

interface CategoryCountsRow {
  total: number;
  counts: FacetCount[];
}

interface FacetsRow {
  num_found: number;
  price_range: { min: number | null; max: number | null };
  rating_range: { min: number | string | null; max: number | string | null };
  facet_totals: number[] | null;
  facet_counts: FacetCount[];
}

/**
 * One search in a constant number of statements: the context, then facets, the page and the category
 * tree side by side; when the text finds nothing and pg_trgm is there, one spelling statement and the
 * facets and page again for the corrected text (typo tolerance).
 */
export async function runSearch(
  manager: EntityManager,
  criteria: CatalogSearchCriteria,
  trigrams: boolean,
  derive: DeriveValue,
): Promise<CatalogSearchResultTransfer> {
  const text = criteria.q?.trim() ? criteria.q.trim() : null;
  const sort: CatalogSearchAppliedSort = criteria.sort ?? (text ? 'relevance' : 'default');
  const context = await resolveSearchContext(manager, criteria.store, criteria.locale, criteria.currency);
  if (!context) {
    return emptyResult(criteria, sort);
  }
  const [found, nodes] = await Promise.all([
    findPage(manager, context, criteria, text === null ? null : prefixTsQuery(text), sort, derive),
    readCategoryNodes(manager, context.idLocale),
  ]);
  let result = found;
  let spellingSuggestion: string | null = null;
  if (text && trigrams && found.facets.num_found === 0) {
    spellingSuggestion = await suggestSpelling(manager, context.idLocale, text);
    if (spellingSuggestion) {
      result = await findPage(manager, context, criteria, prefixTsQuery(spellingSuggestion), sort, derive);
    }
  }
  const { facets, rows, filters, facetNames } = result;
  return {
    numFound: facets.num_found,
    page: criteria.page,
    itemsPerPage: criteria.itemsPerPage,
    maxPage: Math.max(1, Math.ceil(facets.num_found / criteria.itemsPerPage)),
    products: rows.map((row) => toProduct(row, criteria.priceMode, context.currency)),
    valueFacets: buildValueFacets(facetNames, facets.facet_totals ?? [], facets.facet_counts, filters),
    rangeFacets: buildRangeFacets(criteria, facets.price_range, facets.rating_range),
    categoryTree: buildCategoryTree(nodes, facets.facet_counts),
    spellingSuggestion,
    currentSort: sort,
  };
}

/**
 * The facets and the page of one search. With a category filter, the category is applied to every
 * statement instead of being a flag (a category page then counts its own products, through the GIN
 * index, not the whole catalogue), and the category facet (every filter but its own) comes from its own
 * statement, which `derive` may answer from memory: it is the same for every category page of the
 * same text and other filters.
 */
async function findPage(
  manager: EntityManager,
  context: SearchContext,
  criteria: CatalogSearchCriteria,
  text: string | null,
  sort: CatalogSearchAppliedSort,
  derive: DeriveValue,
) {
  const filters = valueFiltersOf(criteria);
  const facetNames = facetNamesOf(filters);
  const category = filters.find((filter) => filter.facet === CATEGORY_FACET) ?? null;
  const others = filters.filter((filter) => filter !== category);
  const statements = new SearchStatements(context, criteria, others, text, category);
  const facetsStatement = statements.facets(facetNames);
  const pageStatement = statements.page(sort);
  const categoryStatement = category
    ? new SearchStatements(context, criteria, others, text).categoryCounts()
    : null;
  const [facetRows, rows, categoryRow] = await Promise.all([
    manager.query<FacetsRow[]>(facetsStatement.sql, facetsStatement.params),
    manager.query<PageRow[]>(pageStatement.sql, pageStatement.params),
    categoryStatement
      ? derive(`catalog-search-category-counts:${JSON.stringify(categoryStatement)}`, async () => {
          const [row] = await manager.query<CategoryCountsRow[]>(
            categoryStatement.sql,
            categoryStatement.params,
          );
          return row ?? { total: 0, counts: [] };
        })
      : Promise.resolve(null),
  ]);
  const narrowed = facetRows[0];
  if (!narrowed) {
    throw new Error('The facets statement returned no row.');
  }
  const facets = categoryRow ? withCategoryFacet(narrowed, facetNames, categoryRow) : narrowed;
  return { facets, rows, filters, facetNames };
}

/** The facets of a category-narrowed search with the category facet's own counts put in. */
function withCategoryFacet(
  facets: FacetsRow,
  facetNames: readonly string[],
  category: CategoryCountsRow,
): FacetsRow {
  const index = facetNames.indexOf(CATEGORY_FACET);
  const totals = [...(facets.facet_totals ?? [])];
  totals[index] = category.total;
  return {
    ...facets,
    facet_totals: totals,
    facet_counts: [...facets.facet_counts.filter(([facet]) => facet !== CATEGORY_FACET), ...category.counts],
  };
}

function emptyResult(
  criteria: CatalogSearchCriteria,
  sort: CatalogSearchAppliedSort,
): CatalogSearchResultTransfer {
  const filters = valueFiltersOf(criteria);
  const facetNames = facetNamesOf(filters);
  return {
    numFound: 0,
    page: criteria.page,
    itemsPerPage: criteria.itemsPerPage,
    maxPage: 1,
    products: [],
    valueFacets: buildValueFacets(facetNames, [], [], filters),
    rangeFacets: buildRangeFacets(criteria, { min: null, max: null }, { min: null, max: null }),
    categoryTree: [],
    spellingSuggestion: null,
    currentSort: sort,
  };
}
