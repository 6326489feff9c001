import { Type } from '@sinclair/typebox';
import { Nullable, type Attributes, type GlueRequest, type GlueResourceObject } from '#glue-core';
import { CATALOG_SEARCH_SUGGESTIONS_TYPE } from '#resources/shared/catalog';
import type { CatalogSuggestionTransfer } from '#zed-facades/catalog-search';
import { searchQuery } from './catalog-search.mapper.js';

export { CATALOG_SEARCH_SUGGESTIONS_TYPE };

const NamedUrl = Type.Object({ name: Type.String(), url: Nullable(Type.String()) });

/** Glue's `catalog-search-suggestions` attributes: type-ahead for what has been typed so far. */
export const CatalogSearchSuggestionsAttributesSchema = Type.Object({
  completion: Type.Array(Type.String(), { description: 'Phrases of the catalog that complete q.' }),
  categories: Type.Array(NamedUrl),
  categoryCollection: Type.Array(NamedUrl, { description: 'The categories again, as Glue sends both.' }),
  cmsPages: Type.Array(NamedUrl, { description: 'Always empty: there is no CMS.' }),
  cmsPageCollection: Type.Array(NamedUrl, { description: 'Always empty: there is no CMS.' }),
  abstractProducts: Type.Array(
    Type.Object({
      abstractSku: Type.String(),
      abstractName: Type.String(),
      price: Type.Integer({ description: "The DEFAULT price's amount in the price mode, minor units." }),
      url: Nullable(Type.String()),
      images: Type.Array(Type.Object({ externalUrlSmall: Type.String(), externalUrlLarge: Type.String() })),
    }),
  ),
});

export type CatalogSearchSuggestionsAttributes = Attributes<typeof CatalogSearchSuggestionsAttributesSchema>;

/** The suggestions as Glue's one transient resource; strict JSON:API's id is the query string. */
export function toCatalogSearchSuggestionsResource(
  suggestions: CatalogSuggestionTransfer,
  request: Pick<GlueRequest, 'queryFields'>,
): GlueResourceObject<CatalogSearchSuggestionsAttributes, CatalogSuggestionTransfer> {
  const search = searchQuery(request);
  const categories = suggestions.categories.map(({ name, url }) => ({ name, url }));
  return {
    type: CATALOG_SEARCH_SUGGESTIONS_TYPE,
    id: search,
    transient: true,
    selfPath: `/${CATALOG_SEARCH_SUGGESTIONS_TYPE}${search === '' ? '' : `?${search}`}`,
    source: suggestions,
    attributes: {
      completion: [...suggestions.completion],
      categories,
      categoryCollection: categories,
      cmsPages: [],
      cmsPageCollection: [],
      abstractProducts: suggestions.abstractProducts.map((product) => ({
        abstractSku: product.abstractSku,
        abstractName: product.abstractName,
        price: product.price,
        url: null,
        images: product.images.map(({ externalUrlSmall, externalUrlLarge }) => ({
          externalUrlSmall,
          externalUrlLarge,
        })),
      })),
    },
  };
}
