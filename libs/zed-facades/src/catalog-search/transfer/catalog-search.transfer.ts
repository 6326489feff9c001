/** The price mode a search answers in: which amount of a price (gross or net) is shown, sorted and filtered. */
export type CatalogSearchPriceMode = 'GROSS_MODE' | 'NET_MODE';

/** Sort orders the search offers, as Glue names them; no sort with a text query means relevance. */
export const CATALOG_SEARCH_SORTS = [
  'name_asc',
  'name_desc',
  'price_asc',
  'price_desc',
  'popularity',
  'rating',
] as const;
export type CatalogSearchSort = (typeof CATALOG_SEARCH_SORTS)[number];

/** What a search ran with when no sort was asked for: relevance with a text query, else the default order. */
export type CatalogSearchAppliedSort = CatalogSearchSort | 'relevance' | 'default';

/** The value facets every search answers, in this order; other attribute filters come after them. */
export const CATALOG_SEARCH_VALUE_FACETS = ['category', 'label', 'brand', 'color'] as const;

/**
 * One search. Money is in minor units of `currency` (cents for EUR), in `priceMode`; `page` is 1-based.
 * An unknown store, locale or currency is no error: nothing is found.
 */
export interface CatalogSearchCriteria {
  readonly store: string;
  readonly locale: string;
  readonly currency: string;
  readonly priceMode: CatalogSearchPriceMode;
  /** Free text; blank means browse. */
  readonly q?: string;
  /** A category node id: products of the node or any node below it. */
  readonly categoryNodeId?: number;
  /** Inclusive bounds on the product's price, in minor units. */
  readonly priceMin?: number;
  readonly priceMax?: number;
  /** Inclusive lower bound on the average rating (0–5). */
  readonly ratingMin?: number;
  readonly brand?: string;
  /** Label names (Glue's `label[]`, matched on the label's key `name`); any of them. */
  readonly labels?: readonly string[];
  /** Attribute key → accepted values (any of them), e.g. `{ color: ['Black', 'Red'] }`. */
  readonly attributeFilters?: Readonly<Record<string, readonly string[]>>;
  readonly sort?: CatalogSearchSort;
  readonly page: number;
  readonly itemsPerPage: number;
}

/** One price of a product, Glue's `prices[]` item shape. */
export interface CatalogSearchPriceTransfer {
  readonly priceTypeName: 'DEFAULT' | 'ORIGINAL';
  /** The amount in the requested price mode (minor units). */
  readonly price: number;
  readonly grossAmount: number | null;
  readonly netAmount: number | null;
  readonly currency: { readonly code: string; readonly name: string; readonly symbol: string };
}

/** One image of a product, Glue's shape. */
export interface CatalogSearchImageTransfer {
  readonly externalUrlSmall: string;
  readonly externalUrlLarge: string;
}

export interface CatalogSearchProductTransfer {
  readonly idProductAbstract: number;
  readonly abstractSku: string;
  readonly abstractName: string;
  /** The DEFAULT price in the requested currency and mode (minor units). */
  readonly price: number;
  readonly prices: readonly CatalogSearchPriceTransfer[];
  readonly images: readonly CatalogSearchImageTransfer[];
}

export interface CatalogSearchFacetValueTransfer {
  readonly value: string;
  readonly docCount: number;
}

/**
 * A value facet. Its counts apply every filter of the search but its own; values with no product are left
 * out, except active ones.
 */
export interface CatalogSearchValueFacetTransfer {
  /** `category`, `label`, `brand`, `color`, or another attribute key. */
  readonly name: string;
  /** Products matching every other filter, whatever their value of this facet. */
  readonly docCount: number;
  readonly values: readonly CatalogSearchFacetValueTransfer[];
  /** The filter values of this facet the search applied (empty when none). */
  readonly activeValues: readonly string[];
  readonly isMultiValued: boolean;
}

/** A range facet: bounds over the products matching every other filter; null when none matches. */
export interface CatalogSearchRangeFacetTransfer {
  /** `price` (minor units) or `rating`. */
  readonly name: 'price' | 'rating';
  readonly min: number | null;
  readonly max: number | null;
  readonly activeMin: number | null;
  readonly activeMax: number | null;
}

/** A category node with the count of found products in it or below it (category filter excluded). */
export interface CatalogSearchCategoryNodeTransfer {
  readonly nodeId: number;
  readonly name: string;
  readonly url: string | null;
  readonly docCount: number;
  readonly children: readonly CatalogSearchCategoryNodeTransfer[];
}

export interface CatalogSearchResultTransfer {
  readonly numFound: number;
  readonly page: number;
  readonly itemsPerPage: number;
  /** 1 when nothing is found. */
  readonly maxPage: number;
  readonly products: readonly CatalogSearchProductTransfer[];
  readonly valueFacets: readonly CatalogSearchValueFacetTransfer[];
  readonly rangeFacets: readonly CatalogSearchRangeFacetTransfer[];
  readonly categoryTree: readonly CatalogSearchCategoryNodeTransfer[];
  /** A query the catalog knows, close to `q`, when `q` finds little; else null (always null without pg_trgm). */
  readonly spellingSuggestion: string | null;
  readonly currentSort: CatalogSearchAppliedSort;
}

export interface CatalogSuggestCriteria {
  readonly store: string;
  readonly locale: string;
  readonly currency: string;
  readonly priceMode: CatalogSearchPriceMode;
  readonly q: string;
  /** Maximum entries per list (completion, categories, products). */
  readonly limit: number;
}

export interface CatalogSuggestCategoryTransfer {
  readonly nodeId: number;
  readonly name: string;
  readonly url: string | null;
}

export interface CatalogSuggestProductTransfer {
  readonly idProductAbstract: number;
  readonly abstractSku: string;
  readonly abstractName: string;
  readonly price: number;
  readonly images: readonly CatalogSearchImageTransfer[];
}

export interface CatalogSuggestionTransfer {
  /** Words or phrases of the catalog that start with the last word of `q`, the earlier words kept. */
  readonly completion: readonly string[];
  readonly categories: readonly CatalogSuggestCategoryTransfer[];
  readonly abstractProducts: readonly CatalogSuggestProductTransfer[];
  /** No CMS yet: always empty. */
  readonly cmsPages: readonly never[];
}
