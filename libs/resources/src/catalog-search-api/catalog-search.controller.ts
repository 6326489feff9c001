import { Get } from '@nestjs/common';
import {
  ApiOperation,
  collection,
  Glue,
  GlueResource,
  Public,
  PublicCache,
  ResourceQuery,
  type GlueCollection,
  type GlueRequest,
} from '#glue-core';
import { CatalogSearchFacade } from '#zed-facades/catalog-search';
import {
  CATALOG_SEARCH_TYPE,
  CatalogSearchAttributesSchema,
  toCatalogSearchResource,
  type CatalogSearchAttributes,
} from './catalog-search.mapper.js';
import { CATALOG_SEARCH_PARAMETERS } from './catalog-search.parameters.js';
import { minorUnits, readCatalogSearchQuery } from './catalog-search.query.js';
import { CatalogSearchScopeReader } from './catalog-search.scope.js';

/**
 * Glue's `GET /catalog-search`: one search with facets, sorting and paging, answered as a collection
 * of one `catalog-search` resource (as Glue sends it) whose attributes hold the whole result. Only
 * active products with a price in the request's store and currency are found.
 */
@GlueResource({
  type: CATALOG_SEARCH_TYPE,
  noun: { one: 'a catalog search', many: 'the result of a catalog search' },
  attributes: CatalogSearchAttributesSchema,
  conventions: ['json-api', 'none'],
  transient: true,
})
export class CatalogSearchController {
  constructor(
    private readonly catalogSearchFacade: CatalogSearchFacade,
    private readonly scopeReader: CatalogSearchScopeReader,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search the product catalog, with facets, sorting and paging' })
  @Public()
  @PublicCache()
  @ResourceQuery({ parameters: CATALOG_SEARCH_PARAMETERS, families: ['<attribute>[]'] })
  async search(@Glue() request: GlueRequest): Promise<GlueCollection<CatalogSearchAttributes>> {
    const { priceMin, priceMax, ...query } = readCatalogSearchQuery(request);
    const { fractionDigits, ...scope } = await this.scopeReader.read(request);
    const result = await this.catalogSearchFacade.search({
      ...scope,
      ...query,
      ...(priceMin !== undefined && { priceMin: minorUnits('price[min]', priceMin, fractionDigits) }),
      ...(priceMax !== undefined && { priceMax: minorUnits('price[max]', priceMax, fractionDigits) }),
    });
    return collection([toCatalogSearchResource(result, request)], 1);
  }
}
