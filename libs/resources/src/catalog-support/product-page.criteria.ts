import {
  GlueErrorCode,
  GlueHttpException,
  type CollectionQueryOptions,
  type GlueRequest,
  type PageOptions,
} from '#glue-core';
import type { ProductPageCriteria, ProductPageFilter, ProductSortField } from '#zed-facades/product';

const SORT_FIELDS: readonly ProductSortField[] = ['sku', 'name', 'createdAt'];

/**
 * The collection query every product collection accepts, so that what a route declares and what
 * `productPageCriteria` hands the facade cannot drift apart. `isActive` is for the back office only.
 */
export function productCollectionQuery(
  page: PageOptions,
  filters: readonly ('sku' | 'isActive')[] = ['sku'],
): CollectionQueryOptions {
  return { sort: SORT_FIELDS, defaultSort: ['sku'], filters, page };
}

/**
 * Turns a product collection request into facade criteria. The route's `@CollectionQuery` has
 * already refused any sort or filter it does not declare.
 */
export function productPageCriteria(
  request: GlueRequest,
  filter: ProductPageFilter = {},
): ProductPageCriteria {
  const skuFilter = request.filters.find((candidate) => candidate.field === 'sku');
  const activeFilter = request.filters.find((candidate) => candidate.field === 'isActive');
  return {
    offset: request.pagination?.offset ?? 0,
    limit: request.pagination?.limit ?? 20,
    sort: request.sortings.flatMap((sort) =>
      SORT_FIELDS.includes(sort.field as ProductSortField)
        ? [{ field: sort.field as ProductSortField, direction: sort.direction }]
        : [],
    ),
    filter: {
      ...(skuFilter && { skus: skuFilter.value.split(',').map((sku) => sku.trim()) }),
      ...(activeFilter && { isActive: readBoolean(activeFilter.value) }),
      ...filter,
    },
  };
}

function readBoolean(value: string): boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  throw GlueHttpException.invalidParameter(
    'filter[isActive]',
    'filter[isActive] is true or false.',
    GlueErrorCode.InvalidFilter,
  );
}
