import type { CatalogSearchCriteria, CatalogSearchSort } from '../transfer/catalog-search.transfer.js';
import type { SearchContext } from './search-context.js';
import { SqlParams } from './sql-params.js';

/** A value filter on `catalog_search_document.facet_values` (`<facet>=<value>` entries): any of the values. */
export interface ValueFilter {
  readonly facet: string;
  readonly values: readonly string[];
}

export interface Statement {
  readonly sql: string;
  readonly params: unknown[];
}

/** One filter of a search, as a boolean column of `base`; `facet` names the value facet it belongs to. */
interface FilterFlag {
  readonly column: string;
  readonly condition: string;
  readonly facet: string | null;
}

const CATEGORY_PREFIX = 'category=';

/** A filter's `<facet>=<value>` entries, as `catalog_search_document.facet_values` holds them. */
function facetTerms(filter: ValueFilter): string[] {
  return filter.values.map((value) => `${filter.facet}=${value}`);
}

/** Value filters of the criteria, one per facet name (category, brand, label, attributes). */
export function valueFiltersOf(criteria: CatalogSearchCriteria): ValueFilter[] {
  const byFacet = new Map<string, Set<string>>();
  const add = (facet: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    const set = byFacet.get(facet) ?? new Set<string>();
    values.forEach((value) => set.add(value));
    byFacet.set(facet, set);
  };
  if (criteria.categoryNodeId !== undefined) add('category', [String(criteria.categoryNodeId)]);
  if (criteria.brand !== undefined) add('brand', [criteria.brand]);
  add('label', criteria.labels ?? []);
  for (const [facet, values] of Object.entries(criteria.attributeFilters ?? {})) add(facet, values);
  return [...byFacet].map(([facet, values]) => ({ facet, values: [...values] }));
}

/**
 * The SQL of one search. Every statement starts from the same candidates (documents of the locale with a
 * price in the store and currency, matching `q`); filters are flags so that each facet can drop its own.
 */
export class SearchStatements {
  private readonly params = new SqlParams();
  private readonly amount: string;
  private readonly query: string | null;
  private readonly flags: FilterFlag[] = [];
  private readonly from: string;

  constructor(
    private readonly context: SearchContext,
    private readonly criteria: CatalogSearchCriteria,
    private readonly valueFilters: readonly ValueFilter[],
    /** `to_tsquery` input (`prefixTsQuery`), or null to browse. */
    text: string | null,
    /**
     * A value filter applied to every statement, not as a flag: no facet drops it. For a category,
     * whose own counts come from `categoryCounts()` of statements without it.
     */
    narrowedTo: ValueFilter | null = null,
  ) {
    this.amount = criteria.priceMode === 'NET_MODE' ? 'p.net_amount' : 'p.gross_amount';
    this.query =
      text === null
        ? null
        : `to_tsquery(${this.params.add(context.textConfig, '::regconfig')}, ${this.params.add(text)})`;
    this.from = `
      FROM catalog_search_document d
      JOIN catalog_search_price p ON p.fk_product_abstract = d.fk_product_abstract
        AND p.fk_store = ${this.params.add(context.idStore)} AND p.fk_currency = ${this.params.add(context.idCurrency)}
      WHERE d.fk_locale = ${this.params.add(context.idLocale)}${this.query ? ` AND d.search_vector @@ ${this.query}` : ''}${
        narrowedTo ? ` AND d.facet_values && ${this.params.add(facetTerms(narrowedTo), '::text[]')}` : ''
      }`;
    this.addRangeFlags();
    valueFilters.forEach((filter, index) =>
      this.flags.push({
        column: `f_value_${index}`,
        condition: `d.facet_values && ${this.params.add(facetTerms(filter), '::text[]')}`,
        facet: filter.facet,
      }),
    );
  }

  /** The found count, the range facets' bounds, each facet's total and its value counts: one statement. */
  facets(facetNames: readonly string[]): Statement {
    const params = this.fork();
    const columns = this.flags.map((flag) => `${flag.condition} AS ${flag.column}`);
    const valueFacets = [...new Set(this.flags.flatMap((flag) => (flag.facet === null ? [] : [flag.facet])))];
    const totals = facetNames.map((name) => `count(*) FILTER (WHERE ${this.allBut(name)})::int`);
    // Each facet value is counted once per distinct filter set it needs: every filter for facets without
    // an active filter (n_all), every filter but its own for a filtered facet (n_<i>). Products are first
    // grouped by their whole value set (catalogues repeat few combinations), then the sets are unnested
    // and the `<facet>=<value>` text split per group, not per product.
    const filteredCounts = valueFacets.map(
      (facet, index) => `, count(*) FILTER (WHERE ${this.allBut(facet)}) AS n_${index}`,
    );
    const sums = valueFacets.map((_, index) => `, sum(n_${index})::int AS n_${index}`).join('');
    const pick =
      valueFacets.length === 0
        ? 'n_all'
        : `CASE split_part(fv, '=', 1) ${valueFacets
            .map((facet, index) => `WHEN ${params.add(facet)} THEN n_${index}`)
            .join(' ')} ELSE n_all END`;
    const counted = [null, ...valueFacets].map((facet) => `(${this.allBut(facet)})`).join(' OR ');
    const sql = `
      WITH base AS MATERIALIZED (
        SELECT d.facet_values, d.rating, ${this.amount} AS amount${columns.map((column) => `, ${column}`).join('')}
        ${this.from}
      )
      SELECT
        (SELECT count(*)::int FROM base WHERE ${this.allBut(null)}) AS num_found,
        (SELECT json_build_object('min', min(amount), 'max', max(amount)) FROM base WHERE ${this.allBut('price')}) AS price_range,
        (SELECT json_build_object('min', min(rating), 'max', max(rating)) FROM base WHERE ${this.allBut('rating')}) AS rating_range,
        (SELECT json_build_array(${totals.join(', ') || 'NULL'}) FROM base) AS facet_totals,
        (SELECT coalesce(json_agg(json_build_array(split_part(fv, '=', 1), substr(fv, strpos(fv, '=') + 1), n)), '[]'::json)
           FROM (
             SELECT fv, ${pick} AS n FROM (
               SELECT fv, sum(n_all)::int AS n_all${sums}
               FROM (
                 SELECT facet_values, count(*) FILTER (WHERE ${this.allBut(null)}) AS n_all${filteredCounts.join('')}
                 FROM base WHERE ${counted}
                 GROUP BY facet_values
               ) AS combinations CROSS JOIN LATERAL unnest(combinations.facet_values) AS fv
               GROUP BY fv
             ) AS grouped
             WHERE split_part(fv, '=', 1) = ANY (${params.add(facetNames, '::text[]')})
           ) AS picked
          WHERE n > 0) AS facet_counts`;
    return { sql, params: params.values };
  }

  /**
   * The category facet alone: how many products pass every filter of these statements, and their count
   * per category node (`['category', <node id>, n]`). Built on statements without the category filter,
   * it gives the category counts of a search that has one (every filter but its own).
   */
  categoryCounts(): Statement {
    const params = this.fork();
    const conditions = this.flags.map((flag) => ` AND ${flag.condition}`).join('');
    const sql = `
      WITH matching AS MATERIALIZED (SELECT d.facet_values ${this.from}${conditions})
      SELECT
        (SELECT count(*)::int FROM matching) AS total,
        (SELECT coalesce(json_agg(json_build_array('category', substr(fv, ${params.add(CATEGORY_PREFIX.length + 1)}), n)), '[]'::json)
           FROM (SELECT fv, count(*)::int AS n
                   FROM matching CROSS JOIN LATERAL unnest(matching.facet_values) AS fv
                  WHERE starts_with(fv, ${params.add(CATEGORY_PREFIX)})
                  GROUP BY fv) AS counted) AS counts`;
    return { sql, params: params.values };
  }

  /** The requested page: ids first by an indexed order, with what the result shows of each product. */
  page(sort: CatalogSearchSort | 'relevance' | 'default'): Statement {
    const params = this.fork();
    const limit = params.add(this.criteria.itemsPerPage);
    const offset = params.add((this.criteria.page - 1) * this.criteria.itemsPerPage);
    const conditions = this.flags.map((flag) => ` AND ${flag.condition}`).join('');
    const sql = `
      SELECT d.fk_product_abstract AS id, d.sku, d.name, p.gross_amount, p.net_amount,
        p.original_gross_amount, p.original_net_amount,
        (SELECT coalesce(json_agg(json_build_object('externalUrlSmall', i.external_url_small,
                  'externalUrlLarge', i.external_url_large) ORDER BY i.sort_order, i.id_product_image), '[]'::json)
           FROM product_image i
          WHERE i.fk_product_image_set = (
            SELECT s.id_product_image_set FROM product_image_set s
             WHERE s.fk_product_abstract = d.fk_product_abstract
               AND (s.fk_locale = d.fk_locale OR s.fk_locale IS NULL)
             ORDER BY s.fk_locale NULLS LAST, s.id_product_image_set LIMIT 1)) AS images
      ${this.from}${conditions}
      ORDER BY ${this.orderBy(sort)}, d.fk_product_abstract
      LIMIT ${limit} OFFSET ${offset}`;
    return { sql, params: params.values };
  }

  /** Statements add their own values after the shared ones, each to its own copy. */
  private fork(): SqlParams {
    const params = new SqlParams();
    params.values.push(...this.params.values);
    return params;
  }

  private orderBy(sort: CatalogSearchSort | 'relevance' | 'default'): string {
    switch (sort) {
      case 'name_asc':
        return 'd.name ASC';
      case 'name_desc':
        return 'd.name DESC';
      case 'price_asc':
        return `${this.amount} ASC`;
      case 'price_desc':
        return `${this.amount} DESC`;
      case 'popularity':
        return 'd.popularity DESC';
      case 'rating':
        return 'd.rating DESC NULLS LAST';
      case 'relevance':
        return this.query ? `ts_rank_cd(d.search_vector, ${this.query}) DESC` : 'd.popularity DESC';
      case 'default':
        return 'd.popularity DESC, d.name ASC';
    }
  }

  private addRangeFlags(): void {
    const { priceMin, priceMax, ratingMin } = this.criteria;
    const price = [
      priceMin === undefined ? null : `${this.amount} >= ${this.params.add(priceMin)}`,
      priceMax === undefined ? null : `${this.amount} <= ${this.params.add(priceMax)}`,
    ].filter((condition) => condition !== null);
    if (price.length > 0) this.flags.push({ column: 'f_price', condition: price.join(' AND '), facet: null });
    if (ratingMin !== undefined) {
      this.flags.push({
        column: 'f_rating',
        condition: `d.rating >= ${this.params.add(ratingMin)}`,
        facet: null,
      });
    }
  }

  /** Every filter but the named facet's own (`null`: every filter). */
  private allBut(name: string | null): string {
    const kept = this.flags.filter((flag) => {
      const facet = flag.facet ?? flag.column.slice(2); // f_price → price, f_rating → rating
      return facet !== name;
    });
    return kept.length === 0 ? 'TRUE' : kept.map((flag) => flag.column).join(' AND ');
  }
}
