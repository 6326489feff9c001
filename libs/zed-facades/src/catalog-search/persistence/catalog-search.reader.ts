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
): Promise<CatalogSearchResultTransfer> {
  const text = criteria.q?.trim() ? criteria.q.trim() : null;
  const sort: CatalogSearchAppliedSort = criteria.sort ?? (text ? 'relevance' : 'default');
  const context = await resolveSearchContext(manager, criteria.store, criteria.locale, criteria.currency);
  if (!context) {
    return emptyResult(criteria, sort);
  }
  const [found, nodes] = await Promise.all([
    findPage(manager, context, criteria, text === null ? null : prefixTsQuery(text), sort),
    readCategoryNodes(manager, context.idLocale),
  ]);
  let result = found;
  let spellingSuggestion: string | null = null;
  if (text && trigrams && found.facets.num_found === 0) {
    spellingSuggestion = await suggestSpelling(manager, context.idLocale, text);
    if (spellingSuggestion) {
      result = await findPage(manager, context, criteria, prefixTsQuery(spellingSuggestion), sort);
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

async function findPage(
  manager: EntityManager,
  context: SearchContext,
  criteria: CatalogSearchCriteria,
  text: string | null,
  sort: CatalogSearchAppliedSort,
) {
  const filters = valueFiltersOf(criteria);
  const facetNames = facetNamesOf(filters);
  const statements = new SearchStatements(context, criteria, filters, text);
  const facetsStatement = statements.facets(facetNames);
  const pageStatement = statements.page(sort);
  const [facetRows, rows] = await Promise.all([
    manager.query<FacetsRow[]>(facetsStatement.sql, facetsStatement.params),
    manager.query<PageRow[]>(pageStatement.sql, pageStatement.params),
  ]);
  const facets = facetRows[0];
  if (!facets) {
    throw new Error('The facets statement returned no row.');
  }
  return { facets, rows, filters, facetNames };
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
