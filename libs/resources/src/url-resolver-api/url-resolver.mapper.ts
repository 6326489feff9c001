import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE } from '#resources/shared/catalog';
import type { UrlTargetTransfer } from '#zed-facades/url';

export const URL_RESOLVER_TYPE = 'url-resolver';
export const URL_PARAMETER = 'url';

/** Glue's codes, in Glue mode: the `url` parameter is missing (`2801`), no entity has the URL (`2802`). */
export const URL_PARAMETER_MISSING_CODE = '2801';
export const URL_NOT_FOUND_CODE = '2802';

/**
 * Glue's `url-resolver` attributes: the resource type and id of what the URL shows, from which a client
 * builds the resource's URL (`/abstract-products/001`, `/category-nodes/3`).
 */
export const UrlResolverAttributesSchema = Type.Object({
  entityType: Type.Union([Type.Literal(ABSTRACT_PRODUCTS_TYPE), Type.Literal('category-nodes')]),
  entityId: Type.String(),
});

export type UrlResolverAttributes = Attributes<typeof UrlResolverAttributesSchema>;

/**
 * The resolved URL. Glue sends it with a null id; JSON:API needs one, and the resolution is of this
 * URL, so the URL is its id.
 */
export function toUrlResolverResource(
  url: string,
  target: UrlTargetTransfer,
): GlueResourceObject<UrlResolverAttributes> {
  return {
    type: URL_RESOLVER_TYPE,
    id: url,
    selfPath: `/${URL_RESOLVER_TYPE}?${URL_PARAMETER}=${encodeURIComponent(url)}`,
    attributes:
      target.entityType === 'abstract-product'
        ? { entityType: ABSTRACT_PRODUCTS_TYPE, entityId: target.sku }
        : { entityType: 'category-nodes', entityId: String(target.idCategoryNode) },
  };
}
