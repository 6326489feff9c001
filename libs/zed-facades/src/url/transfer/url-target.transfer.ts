/** What a shop URL shows: an active abstract product (by sku) or an active category's node (by id). */
export type UrlTargetTransfer =
  | { readonly entityType: 'abstract-product'; readonly sku: string }
  | { readonly entityType: 'category-node'; readonly idCategoryNode: number };
