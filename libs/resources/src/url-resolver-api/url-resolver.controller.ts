import { Get, HttpStatus } from '@nestjs/common';
import {
  ApiOperation,
  collection,
  ErrorStatuses,
  Glue,
  GlueHttpException,
  GlueResource,
  Public,
  PublicCache,
  type GlueCollection,
  type GlueRequest,
} from '#glue-core';
import { catalogNotFound } from '#resources/shared/catalog';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import {
  toUrlResolverResource,
  URL_NOT_FOUND_CODE,
  URL_PARAMETER,
  URL_PARAMETER_MISSING_CODE,
  URL_RESOLVER_TYPE,
  UrlResolverAttributesSchema,
  type UrlResolverAttributes,
} from './url-resolver.mapper.js';

/**
 * Glue's `GET /url-resolver?url=/en/…`: what a shop URL of any locale shows, an active abstract product
 * or category node, as a collection of one (as Glue sends it). There is no CMS, so no URL resolves to a
 * CMS page. Without `url`: 400 (Glue answers 422); for a URL nothing has: 404.
 */
@GlueResource({
  type: URL_RESOLVER_TYPE,
  noun: { one: 'what a shop URL shows' },
  attributes: UrlResolverAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class UrlResolverController {
  constructor(private readonly catalogStorage: CatalogStorageFacade) {}

  @Get()
  @ApiOperation({ summary: 'Resolve a shop URL to the product or category node it shows' })
  @ErrorStatuses(HttpStatus.NOT_FOUND)
  @Public()
  @PublicCache()
  async get(@Glue() request: GlueRequest): Promise<GlueCollection<UrlResolverAttributes>> {
    const url = request.queryFields[URL_PARAMETER];
    if (typeof url !== 'string' || url === '') {
      throw GlueHttpException.invalidParameter(
        URL_PARAMETER,
        'url takes the one shop URL to resolve, such as /en/computers.',
        URL_PARAMETER_MISSING_CODE,
      );
    }
    const target = await this.catalogStorage.findUrlTarget(url);
    if (!target) throw catalogNotFound(`No product or category has the URL "${url}".`, URL_NOT_FOUND_CODE);
    return collection([toUrlResolverResource(url, target)], 1);
  }
}
