import type {
  CatalogSearchCategoryNodeTransfer,
  CatalogSearchCriteria,
  CatalogSearchImageTransfer,
  CatalogSearchPriceMode,
  CatalogSearchPriceTransfer,
  CatalogSearchProductTransfer,
  CatalogSearchRangeFacetTransfer,
  CatalogSearchValueFacetTransfer,
} from '../transfer/catalog-search.transfer.js';
import { CATALOG_SEARCH_VALUE_FACETS } from '../transfer/catalog-search.transfer.js';

/** `[facet, value, docCount]` as the facets statement returns them. */
export type FacetCount = readonly [string, string, number];

export interface ValueFilterInput {
  readonly facet: string;
  readonly values: readonly string[];
}

export interface PageRow {
  readonly id: number;
  readonly sku: string;
  readonly name: string;
  readonly gross_amount: number;
  readonly net_amount: number;
  readonly original_gross_amount: number | null;
  readonly original_net_amount: number | null;
  readonly images: CatalogSearchImageTransfer[];
}

export interface CategoryNodeInput {
  readonly id_category_node: number;
  readonly fk_parent_category_node: number | null;
  readonly is_root: boolean;
  readonly name: string;
  readonly url: string | null;
}

const SINGLE_VALUED = new Set(['category', 'brand']);

/** The value facets a search answers: the fixed ones, then every other facet it filtered on. */
export function facetNamesOf(filters: readonly ValueFilterInput[]): string[] {
  const names: string[] = [...CATALOG_SEARCH_VALUE_FACETS];
  filters.forEach((filter) => {
    if (!names.includes(filter.facet)) names.push(filter.facet);
  });
  return names;
}

export function buildValueFacets(
  names: readonly string[],
  totals: readonly number[],
  counts: readonly FacetCount[],
  filters: readonly ValueFilterInput[],
): CatalogSearchValueFacetTransfer[] {
  return names.map((name, index) => ({
    name,
    docCount: totals[index] ?? 0,
    values: counts
      .filter(([facet]) => facet === name)
      .map(([, value, docCount]) => ({ value, docCount }))
      .sort((a, b) => b.docCount - a.docCount || a.value.localeCompare(b.value)),
    activeValues: filters.find((filter) => filter.facet === name)?.values ?? [],
    isMultiValued: !SINGLE_VALUED.has(name),
  }));
}

export function buildRangeFacets(
  criteria: CatalogSearchCriteria,
  price: { min: number | null; max: number | null },
  rating: { min: number | string | null; max: number | string | null },
): CatalogSearchRangeFacetTransfer[] {
  const toNumber = (value: number | string | null): number | null => (value === null ? null : Number(value));
  return [
    {
      name: 'price',
      min: price.min,
      max: price.max,
      activeMin: criteria.priceMin ?? null,
      activeMax: criteria.priceMax ?? null,
    },
    {
      name: 'rating',
      min: toNumber(rating.min),
      max: toNumber(rating.max),
      activeMin: criteria.ratingMin ?? null,
      activeMax: null,
    },
  ];
}

/** The tree below the root nodes, each node with the count of the `category` facet (0 when absent). */
export function buildCategoryTree(
  nodes: readonly CategoryNodeInput[],
  counts: readonly FacetCount[],
): CatalogSearchCategoryNodeTransfer[] {
  const docCounts = new Map(
    counts.filter(([facet]) => facet === 'category').map(([, value, n]) => [Number(value), n]),
  );
  const childrenOf = new Map<number | null, CategoryNodeInput[]>();
  nodes.forEach((node) => {
    const siblings = childrenOf.get(node.fk_parent_category_node) ?? [];
    siblings.push(node);
    childrenOf.set(node.fk_parent_category_node, siblings);
  });
  const build = (node: CategoryNodeInput, depth: number): CatalogSearchCategoryNodeTransfer => ({
    nodeId: node.id_category_node,
    name: node.name,
    url: node.url,
    docCount: docCounts.get(node.id_category_node) ?? 0,
    // A cycle in category_node would recurse forever; no real tree is 32 levels deep.
    children:
      depth > 32 ? [] : (childrenOf.get(node.id_category_node) ?? []).map((child) => build(child, depth + 1)),
  });
  const roots = nodes.filter((node) => node.is_root || node.fk_parent_category_node === null);
  return roots.flatMap((root) => (childrenOf.get(root.id_category_node) ?? []).map((node) => build(node, 1)));
}

export function toProduct(
  row: PageRow,
  priceMode: CatalogSearchPriceMode,
  currency: CatalogSearchPriceTransfer['currency'],
): CatalogSearchProductTransfer {
  const inMode = (gross: number, net: number): number => (priceMode === 'NET_MODE' ? net : gross);
  const prices: CatalogSearchPriceTransfer[] = [
    {
      priceTypeName: 'DEFAULT',
      price: inMode(row.gross_amount, row.net_amount),
      grossAmount: priceMode === 'GROSS_MODE' ? row.gross_amount : null,
      netAmount: priceMode === 'NET_MODE' ? row.net_amount : null,
      currency,
    },
  ];
  if (row.original_gross_amount !== null && row.original_net_amount !== null) {
    prices.push({
      priceTypeName: 'ORIGINAL',
      price: inMode(row.original_gross_amount, row.original_net_amount),
      grossAmount: priceMode === 'GROSS_MODE' ? row.original_gross_amount : null,
      netAmount: priceMode === 'NET_MODE' ? row.original_net_amount : null,
      currency,
    });
  }
  return {
    idProductAbstract: row.id,
    abstractSku: row.sku,
    abstractName: row.name,
    price: inMode(row.gross_amount, row.net_amount),
    prices,
    images: row.images,
  };
}
