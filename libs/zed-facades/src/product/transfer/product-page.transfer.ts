export type ProductSortField = 'sku' | 'name' | 'createdAt';
export type SortDirection = 'asc' | 'desc';

export interface ProductSort {
  readonly field: ProductSortField;
  readonly direction: SortDirection;
}

export interface ProductPageFilter {
  readonly skus?: readonly string[];
  readonly isActive?: boolean;
}

/** Offset pagination with sorts applied in order; sku is always the final tiebreaker. */
export interface ProductPageCriteria {
  readonly offset: number;
  readonly limit: number;
  readonly sort: readonly ProductSort[];
  readonly filter?: ProductPageFilter;
}

export interface ProductPage<T> {
  readonly items: readonly T[];
  readonly total: number;
}
