/** What `catalog-search` and `catalog-search-suggestions` attributes look like, for the e2e suites. */
export interface SearchPrice {
  priceTypeName: string;
  netAmount: number | null;
  grossAmount: number | null;
  currency: { code: string; name: string; symbol: string };
}
export interface SearchImage {
  externalUrlSmall: string;
  externalUrlLarge: string;
}
export interface SearchCategoryNode {
  nodeId: number;
  name: string;
  docCount: number;
  children: SearchCategoryNode[];
}
export interface SearchAttributes {
  spellingSuggestion: string | null;
  sort: {
    sortParamNames: string[];
    sortParamLocalizedNames: Record<string, string>;
    currentSortParam: string | null;
    currentSortOrder: string | null;
  };
  pagination: {
    numFound: number;
    currentPage: number;
    maxPage: number;
    currentItemsPerPage: number;
    config: Record<string, unknown>;
  };
  abstractProducts: {
    abstractSku: string;
    abstractName: string;
    price: number;
    prices: SearchPrice[];
    images: SearchImage[];
  }[];
  valueFacets: {
    name: string;
    localizedName: string;
    docCount: number;
    values: { value: string | number; docCount: number }[];
    activeValue: string | string[] | null;
    config: { parameterName: string; isMultiValued: boolean };
  }[];
  rangeFacets: {
    name: string;
    localizedName: string;
    min: number | null;
    max: number | null;
    activeMin: number | null;
    activeMax: number | null;
    config: { parameterName: string; isMultiValued: boolean };
  }[];
  categoryTreeFilter: SearchCategoryNode[];
}

const integer = expect.any(Number) as unknown;
const text = expect.any(String) as unknown;
const nullOr = (matcher: unknown, value: unknown) => (value === null ? null : matcher);

function nodeShape(node: SearchCategoryNode): unknown {
  expect(Number.isInteger(node.nodeId) && Number.isInteger(node.docCount)).toBe(true);
  return { nodeId: integer, name: text, docCount: integer, children: node.children.map(nodeShape) };
}

/**
 * A matcher with every attribute of `result` and its type, exactly (no attribute more or less): the
 * shape of Glue's `catalog-search` attributes. Integers are checked to be whole.
 */
export function searchShapeOf(result: SearchAttributes): unknown {
  for (const product of result.abstractProducts) expect(Number.isInteger(product.price)).toBe(true);
  return {
    spellingSuggestion: nullOr(text, result.spellingSuggestion),
    sort: {
      sortParamNames: result.sort.sortParamNames.map(() => text),
      sortParamLocalizedNames: Object.fromEntries(result.sort.sortParamNames.map((name) => [name, text])),
      currentSortParam: nullOr(text, result.sort.currentSortParam),
      currentSortOrder: nullOr(text, result.sort.currentSortOrder),
    },
    pagination: {
      numFound: integer,
      currentPage: integer,
      maxPage: integer,
      currentItemsPerPage: integer,
      config: {
        parameterName: 'page',
        itemsPerPageParameterName: 'ipp',
        defaultItemsPerPage: integer,
        validItemsPerPageOptions: [integer, integer, integer],
      },
    },
    abstractProducts: result.abstractProducts.map((product) => ({
      abstractSku: text,
      abstractName: text,
      price: integer,
      prices: product.prices.map((price) => ({
        priceTypeName: text,
        netAmount: nullOr(integer, price.netAmount),
        grossAmount: nullOr(integer, price.grossAmount),
        currency: { code: text, name: text, symbol: text },
      })),
      images: product.images.map(() => ({ externalUrlSmall: text, externalUrlLarge: text })),
    })),
    valueFacets: result.valueFacets.map((facet) => ({
      name: text,
      localizedName: text,
      docCount: integer,
      values: facet.values.map(() => ({
        value: facet.name === 'category' ? integer : text,
        docCount: integer,
      })),
      activeValue:
        facet.activeValue === null
          ? null
          : Array.isArray(facet.activeValue)
            ? facet.activeValue.map(() => text)
            : text,
      config: { parameterName: facet.name, isMultiValued: expect.any(Boolean) as unknown },
    })),
    rangeFacets: result.rangeFacets.map((facet) => ({
      name: text,
      localizedName: text,
      min: nullOr(integer, facet.min),
      max: nullOr(integer, facet.max),
      activeMin: nullOr(integer, facet.activeMin),
      activeMax: nullOr(integer, facet.activeMax),
      config: { parameterName: facet.name, isMultiValued: false },
    })),
    categoryTreeFilter: result.categoryTreeFilter.map(nodeShape),
  };
}
