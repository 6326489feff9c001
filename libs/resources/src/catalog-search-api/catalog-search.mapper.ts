import { Type } from '@sinclair/typebox';
import {
  Nullable,
  queryString,
  type Attributes,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { CATALOG_SEARCH_TYPE } from '#resources/shared/catalog';
import {
  CATALOG_SEARCH_SORTS,
  type CatalogSearchCategoryNodeTransfer,
  type CatalogSearchPriceTransfer,
  type CatalogSearchRangeFacetTransfer,
  type CatalogSearchResultTransfer,
  type CatalogSearchValueFacetTransfer,
} from '#zed-facades/catalog-search';
import { DEFAULT_ITEMS_PER_PAGE, VALID_ITEMS_PER_PAGE } from './catalog-search.parameters.js';

export { CATALOG_SEARCH_TYPE };

const Currency = Type.Object({ code: Type.String(), name: Type.String(), symbol: Type.String() });
const Image = Type.Object({ externalUrlSmall: Type.String(), externalUrlLarge: Type.String() });

/** A node of `categoryTreeFilter`, its children nested (three levels in the demo tree). */
const CategoryNode = Type.Recursive(
  (node) =>
    Type.Object({
      nodeId: Type.Integer(),
      name: Type.String(),
      docCount: Type.Integer({
        description: 'Found products in the node or below it (category filter excluded).',
      }),
      children: Type.Array(node),
    }),
  { $id: 'CatalogSearchCategoryNode' },
);

/** Glue's `catalog-search` attributes: the whole result of one search. */
export const CatalogSearchAttributesSchema = Type.Object({
  spellingSuggestion: Nullable(
    Type.String({ description: 'A query the catalog knows, close to q, when q finds little.' }),
  ),
  sort: Type.Object({
    sortParamNames: Type.Array(Type.String()),
    sortParamLocalizedNames: Type.Record(Type.String(), Type.String()),
    currentSortParam: Nullable(Type.String()),
    currentSortOrder: Nullable(Type.String({ enum: ['asc', 'desc'] })),
  }),
  pagination: Type.Object({
    numFound: Type.Integer(),
    currentPage: Type.Integer(),
    maxPage: Type.Integer(),
    currentItemsPerPage: Type.Integer(),
    config: Type.Object({
      parameterName: Type.Literal('page'),
      itemsPerPageParameterName: Type.Literal('ipp'),
      defaultItemsPerPage: Type.Integer(),
      validItemsPerPageOptions: Type.Array(Type.Integer()),
    }),
  }),
  abstractProducts: Type.Array(
    Type.Object({
      abstractSku: Type.String(),
      abstractName: Type.String(),
      price: Type.Integer({ description: "The DEFAULT price's amount in the price mode, minor units." }),
      prices: Type.Array(
        Type.Object({
          priceTypeName: Type.String(),
          netAmount: Nullable(Type.Integer({ description: 'Null in gross mode.' })),
          grossAmount: Nullable(Type.Integer({ description: 'Null in net mode.' })),
          currency: Currency,
        }),
      ),
      images: Type.Array(Image),
    }),
  ),
  valueFacets: Type.Array(
    Type.Object({
      name: Type.String(),
      localizedName: Type.String(),
      docCount: Type.Integer({ description: 'Products matching every other filter.' }),
      values: Type.Array(
        Type.Object({
          value: Type.Union([Type.String(), Type.Integer()], {
            description: 'A category facet value is its node id.',
          }),
          docCount: Type.Integer(),
        }),
      ),
      activeValue: Nullable(Type.Union([Type.String(), Type.Array(Type.String())])),
      config: Type.Object({ parameterName: Type.String(), isMultiValued: Type.Boolean() }),
    }),
  ),
  rangeFacets: Type.Array(
    Type.Object({
      name: Type.String({ enum: ['price', 'rating'] }),
      localizedName: Type.String(),
      min: Nullable(Type.Number()),
      max: Nullable(Type.Number()),
      activeMin: Nullable(Type.Number()),
      activeMax: Nullable(Type.Number()),
      config: Type.Object({ parameterName: Type.String(), isMultiValued: Type.Boolean() }),
    }),
  ),
  categoryTreeFilter: Type.Array(CategoryNode),
});

export type CatalogSearchAttributes = Attributes<typeof CatalogSearchAttributesSchema>;

export type CatalogSearchResource = GlueResourceObject<CatalogSearchAttributes, CatalogSearchResultTransfer>;

/** English names of the sort orders, as Glue's demo shop labels them. */
const SORT_NAMES: Readonly<Record<(typeof CATALOG_SEARCH_SORTS)[number], string>> = {
  rating: 'Sort by product ratings',
  name_asc: 'Sort by name ascending',
  name_desc: 'Sort by name descending',
  price_asc: 'Sort by price ascending',
  price_desc: 'Sort by price descending',
  popularity: 'Sort by popularity',
};

/** Facet names as Glue's demo shop labels them; another attribute is named by its key. */
const FACET_NAMES: Readonly<Record<string, string>> = {
  category: 'Categories',
  label: 'Product Labels',
  brand: 'Brand',
  color: 'Color',
  price: 'Price range',
  rating: 'Product Ratings',
};

/**
 * The search result as Glue's one `catalog-search` resource. Glue sends it with a null id (the
 * resource is transient); strict JSON:API needs one, so its id is the search's query string.
 */
export function toCatalogSearchResource(
  result: CatalogSearchResultTransfer,
  request: Pick<GlueRequest, 'queryFields'>,
): CatalogSearchResource {
  const search = searchQuery(request);
  return {
    type: CATALOG_SEARCH_TYPE,
    id: search,
    transient: true,
    selfPath: `/${CATALOG_SEARCH_TYPE}${search === '' ? '' : `?${search}`}`,
    source: result,
    attributes: {
      spellingSuggestion: result.spellingSuggestion,
      sort: toSort(result),
      pagination: {
        numFound: result.numFound,
        currentPage: result.page,
        maxPage: result.maxPage,
        currentItemsPerPage: result.itemsPerPage,
        config: {
          parameterName: 'page',
          itemsPerPageParameterName: 'ipp',
          defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
          validItemsPerPageOptions: [...VALID_ITEMS_PER_PAGE],
        },
      },
      abstractProducts: result.products.map((product) => ({
        abstractSku: product.abstractSku,
        abstractName: product.abstractName,
        price: product.price,
        prices: product.prices.map(toPrice),
        images: product.images.map(({ externalUrlSmall, externalUrlLarge }) => ({
          externalUrlSmall,
          externalUrlLarge,
        })),
      })),
      valueFacets: result.valueFacets.map(toValueFacet),
      rangeFacets: result.rangeFacets.map(toRangeFacet),
      categoryTreeFilter: result.categoryTree.map(toCategoryNode),
    },
  };
}

/** The request's query without `include` and `fields[…]`, which shape the document, not the search. */
export function searchQuery(request: Pick<GlueRequest, 'queryFields'>): string {
  const search = Object.fromEntries(
    Object.entries(request.queryFields).filter(([name]) => name !== 'include' && !name.startsWith('fields[')),
  );
  return queryString(search).replace(/^\?/, '');
}

function toSort(result: CatalogSearchResultTransfer): CatalogSearchAttributes['sort'] {
  const current =
    result.currentSort === 'relevance' || result.currentSort === 'default' ? null : result.currentSort;
  return {
    sortParamNames: [...CATALOG_SEARCH_SORTS],
    sortParamLocalizedNames: { ...SORT_NAMES },
    currentSortParam: current,
    currentSortOrder:
      current === null
        ? null
        : current.endsWith('_desc') || current === 'rating' || current === 'popularity'
          ? 'desc'
          : 'asc',
  };
}

function toPrice(
  price: CatalogSearchPriceTransfer,
): CatalogSearchAttributes['abstractProducts'][number]['prices'][number] {
  return {
    priceTypeName: price.priceTypeName,
    netAmount: price.netAmount,
    grossAmount: price.grossAmount,
    currency: { code: price.currency.code, name: price.currency.name, symbol: price.currency.symbol },
  };
}

function toValueFacet(
  facet: CatalogSearchValueFacetTransfer,
): CatalogSearchAttributes['valueFacets'][number] {
  const isCategory = facet.name === 'category';
  const [first] = facet.activeValues;
  return {
    name: facet.name,
    localizedName: FACET_NAMES[facet.name] ?? facet.name,
    docCount: facet.docCount,
    values: facet.values.map(({ value, docCount }) => ({
      value: isCategory ? Number(value) : value,
      docCount,
    })),
    activeValue: first === undefined ? null : facet.isMultiValued ? [...facet.activeValues] : first,
    config: { parameterName: facet.name, isMultiValued: facet.isMultiValued },
  };
}

function toRangeFacet(
  facet: CatalogSearchRangeFacetTransfer,
): CatalogSearchAttributes['rangeFacets'][number] {
  return {
    name: facet.name,
    localizedName: FACET_NAMES[facet.name] ?? facet.name,
    min: facet.min,
    max: facet.max,
    activeMin: facet.activeMin,
    activeMax: facet.activeMax,
    config: { parameterName: facet.name, isMultiValued: false },
  };
}

function toCategoryNode(
  node: CatalogSearchCategoryNodeTransfer,
): CatalogSearchAttributes['categoryTreeFilter'][number] {
  return {
    nodeId: node.nodeId,
    name: node.name,
    docCount: node.docCount,
    children: node.children.map(toCategoryNode),
  };
}
