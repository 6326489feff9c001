/**
 * The catalog benchmark's scenarios, as data: each names the storefront path of its n-th request
 * (varied over lists read from the seeded database, see catalog-sample.ts) and its targets from issue 13.
 * A scenario whose route is not there (404 on its first request) is reported as missing and skipped,
 * so that routes built on other branches run once merged. Add a scenario by adding an entry.
 */

/** What the requests are varied over, read from the seeded database. */
export interface CatalogSample {
  /** Active concrete SKUs, spread over the whole catalogue. */
  readonly concreteSkus: readonly string[];
  /** Category node ids other than the roots. */
  readonly categoryNodeIds: readonly number[];
  /** A word of a product's name, that product's brand and one of its colours: a search with hits. */
  readonly searches: readonly { readonly word: string; readonly brand: string; readonly color: string }[];
  /** Beginnings of words of product names (type-ahead). */
  readonly prefixes: readonly string[];
  /** How many listing pages of 12 the scenarios page through. */
  readonly listingPages: number;
}

/** Targets of one scenario (issue 13, item 6); the ones across sizes are in catalog-targets.ts. */
export interface ScenarioTargets {
  /** At least this many requests a second … */
  readonly minRequestsPerSecond?: number;
  /** … at this catalogue size only (every size when absent). */
  readonly atProducts?: number;
  readonly maxP99Ms?: number;
  /** Server CPU per request at most `ratio` times that of scenario `of` at the same size. */
  readonly maxServerCpuRatio?: { readonly of: string; readonly ratio: number };
}

export interface CatalogScenario {
  readonly name: string;
  readonly description: string;
  readonly path: (sample: CatalogSample, n: number) => string;
  readonly targets: ScenarioTargets;
}

/** Oryx's product page, as its include service builds the query (test/storefront-api/glue-client.ts). */
export const PRODUCT_PAGE_QUERY =
  'include=concrete-product-image-sets,concrete-product-prices,concrete-product-availabilities,' +
  'product-labels,abstract-products,category-nodes' +
  '&fields[category-nodes]=metaDescription,nodeId,order,name,parents,isActive';

/** The listing page's four includes, as the `include` scenario of `npm run bench` has them. */
export const LISTING_INCLUDE =
  'concrete-products,abstract-product-prices,abstract-product-image-sets,category-nodes';

/** The n-th item of a list, round and round; the list is never empty (catalog-sample.ts checks). */
export function nth<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('nth: the list is empty');
  return item;
}

const q = encodeURIComponent;

export const CATALOG_SCENARIOS: readonly CatalogScenario[] = [
  {
    name: 'search-text',
    description: 'catalog-search: a word of a name, brand and color[] filters, facets',
    path: (sample, n) => {
      const { word, brand, color } = nth(sample.searches, n);
      return `/catalog-search?q=${q(word)}&brand=${q(brand)}&color[]=${q(color)}`;
    },
    targets: { minRequestsPerSecond: 250, atProducts: 1000 },
  },
  {
    name: 'search-category',
    description: 'catalog-search: browsing a category, sort=price_asc',
    path: (sample, n) => `/catalog-search?category=${nth(sample.categoryNodeIds, n)}&sort=price_asc`,
    targets: {},
  },
  {
    name: 'suggestions',
    description: 'catalog-search-suggestions: a word beginning',
    path: (sample, n) => `/catalog-search-suggestions?q=${q(nth(sample.prefixes, n))}`,
    targets: {},
  },
  {
    name: 'product-page',
    description: "concrete-products/{sku} with Oryx's product page includes",
    path: (sample, n) => `/concrete-products/${q(nth(sample.concreteSkus, n))}?${PRODUCT_PAGE_QUERY}`,
    targets: { minRequestsPerSecond: 1000, maxP99Ms: 30 },
  },
  {
    name: 'listing',
    description: 'abstract-products, a page of 12, no include',
    path: (sample, n) => `/abstract-products?page[limit]=12&page[offset]=${(n % sample.listingPages) * 12}`,
    targets: {},
  },
  {
    name: 'listing-include',
    description: `abstract-products, a page of 12, include=${LISTING_INCLUDE}`,
    path: (sample, n) =>
      `/abstract-products?page[limit]=12&page[offset]=${(n % sample.listingPages) * 12}&include=${LISTING_INCLUDE}`,
    targets: { maxServerCpuRatio: { of: 'listing', ratio: 2 } },
  },
];
