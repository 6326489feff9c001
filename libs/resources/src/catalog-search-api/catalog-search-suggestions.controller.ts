import { Get } from '@nestjs/common';
import {
  ApiOperation,
  collection,
  Glue,
  GlueHttpException,
  GlueResource,
  Public,
  PublicCache,
  ResourceQuery,
  type GlueCollection,
  type GlueRequest,
} from '#glue-core';
import { CURRENCY_PARAMETER, PRICE_MODE_PARAMETER } from '#resources/shared/catalog';
import { CatalogSearchFacade } from '#zed-facades/catalog-search';
import {
  CATALOG_SEARCH_SUGGESTIONS_TYPE,
  CatalogSearchSuggestionsAttributesSchema,
  toCatalogSearchSuggestionsResource,
  type CatalogSearchSuggestionsAttributes,
} from './catalog-search-suggestions.mapper.js';
import { CATALOG_SEARCH_LIMITS } from './catalog-search.parameters.js';
import { CatalogSearchScopeReader } from './catalog-search.scope.js';

/** Entries per list (completion, categories, products), as Glue's demo shop shows them. */
const SUGGESTIONS_PER_LIST = 10;

/**
 * Glue's `GET /catalog-search-suggestions?q=…`: type-ahead (completions, categories and products for
 * what has been typed), a collection of one transient resource as Glue sends it. An empty `q`
 * suggests nothing.
 */
@GlueResource({
  type: CATALOG_SEARCH_SUGGESTIONS_TYPE,
  noun: { one: 'search suggestions', many: 'the search suggestions for a query' },
  attributes: CatalogSearchSuggestionsAttributesSchema,
  conventions: ['json-api', 'none'],
  transient: true,
})
export class CatalogSearchSuggestionsController {
  constructor(
    private readonly catalogSearchFacade: CatalogSearchFacade,
    private readonly scopeReader: CatalogSearchScopeReader,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Suggest completions, categories and products for a search being typed' })
  @Public()
  @PublicCache()
  @ResourceQuery({
    parameters: [
      { name: 'q', description: 'What has been typed so far.', schema: { type: 'string' } },
      { name: CURRENCY_PARAMETER, description: 'ISO 4217 currency of prices.', schema: { type: 'string' } },
      {
        name: PRICE_MODE_PARAMETER,
        description: 'GROSS_MODE (default) or NET_MODE.',
        schema: { type: 'string' },
      },
    ],
  })
  async suggest(@Glue() request: GlueRequest): Promise<GlueCollection<CatalogSearchSuggestionsAttributes>> {
    const q = suggestionText(request);
    const scope = await this.scopeReader.read(request);
    const suggestions =
      q === ''
        ? { completion: [], categories: [], abstractProducts: [], cmsPages: [] }
        : await this.catalogSearchFacade.suggest({
            store: scope.store,
            locale: scope.locale,
            currency: scope.currency,
            priceMode: scope.priceMode,
            q,
            limit: SUGGESTIONS_PER_LIST,
          });
    return collection([toCatalogSearchSuggestionsResource(suggestions, request)], 1);
  }
}

function suggestionText(request: GlueRequest): string {
  const q = request.queryFields['q'];
  if (q === undefined) return '';
  if (typeof q !== 'string') throw GlueHttpException.invalidParameter('q', 'q may appear only once.');
  if (q.length > CATALOG_SEARCH_LIMITS.maxQueryText) {
    throw GlueHttpException.invalidParameter(
      'q',
      `q is ${q.length} characters long; at most ${CATALOG_SEARCH_LIMITS.maxQueryText} are searched.`,
    );
  }
  return q.trim();
}
