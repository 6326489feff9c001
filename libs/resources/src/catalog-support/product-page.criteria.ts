import { DEFAULT_PAGE, type CollectionQueryOptions, type GlueRequest, type PageOptions } from '#glue-core';
import {
  booleanFilter,
  collectionCriteria,
  collectionQuery,
  type CollectionDefinition,
} from '#resources/collection-support';
import type { ProductPageCriteria, ProductPageFilter, ProductSortField } from '#zed-facades/product';

type ProductFilterField = 'sku' | 'isActive';

const SORT_FIELDS: readonly ProductSortField[] = ['sku', 'name', 'createdAt'];

function productCollection(
  page: PageOptions,
  filters: readonly ProductFilterField[],
): CollectionDefinition<ProductSortField, ProductFilterField> {
  return { sort: SORT_FIELDS, defaultSort: ['sku'], filters, page };
}

/**
 * The collection query every product collection accepts, so that what a route declares and what
 * `productPageCriteria` hands the facade cannot drift apart. `isActive` is for the back office only.
 */
export function productCollectionQuery(
  page: PageOptions,
  filters: readonly ProductFilterField[] = ['sku'],
): CollectionQueryOptions {
  return collectionQuery(productCollection(page, filters));
}

/**
 * Turns a product collection request into facade criteria. The route's `@CollectionQuery` has
 * already refused any sort or filter it does not declare.
 */
export function productPageCriteria(
  request: GlueRequest,
  filter: ProductPageFilter = {},
): ProductPageCriteria {
  // Every filter any product route may declare; the route itself has refused the ones it does not.
  const criteria = collectionCriteria(request, productCollection(DEFAULT_PAGE, ['sku', 'isActive']));
  const { sku, isActive } = criteria.filters;
  return {
    offset: criteria.offset,
    limit: criteria.limit,
    sort: criteria.sort,
    filter: {
      ...(sku !== undefined && { skus: sku.split(',').map((item) => item.trim()) }),
      ...(isActive !== undefined && { isActive: booleanFilter('isActive', isActive) }),
      ...filter,
    },
  };
}
