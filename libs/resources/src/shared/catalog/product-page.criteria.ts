import type { CollectionQueryOptions, GlueRequest, PageOptions } from '#glue-core';
import { booleanFilter, collectionCriteria, type CollectionDefinition } from '#resources/shared/collection';
import type { ProductPageCriteria, ProductPageFilter, ProductSortField } from '#zed-facades/product';

type ProductFilterField = 'sku' | 'isActive';

const SORT_FIELDS: readonly ProductSortField[] = ['sku', 'name', 'createdAt'];

/** Every filter any product route may declare; each route itself refuses the ones it does not. */
const FILTER_FIELDS: readonly ProductFilterField[] = ['sku', 'isActive'];

/**
 * The collection query every product collection accepts, so that what a route declares and what
 * `productPageCriteria` hands the facade cannot drift apart. `isActive` is for the back office only.
 */
export function productCollectionQuery(
  page: PageOptions,
  filters: readonly ProductFilterField[] = ['sku'],
): CollectionQueryOptions {
  const definition: CollectionDefinition<ProductSortField, ProductFilterField> = {
    sort: SORT_FIELDS,
    defaultSort: ['sku'],
    filters,
    page,
  };
  return definition;
}

/**
 * Turns a product collection request into facade criteria. The route's `@CollectionQuery` has
 * already refused any sort or filter it does not declare.
 */
export function productPageCriteria(
  request: GlueRequest,
  filter: ProductPageFilter = {},
): ProductPageCriteria {
  const criteria = collectionCriteria(request, { sort: SORT_FIELDS, filters: FILTER_FIELDS });
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
