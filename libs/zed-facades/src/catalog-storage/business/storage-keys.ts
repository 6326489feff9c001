/**
 * The keys of the published catalog, one place. Like Spryker's storage keys (`resource:store:locale:ref`),
 * but with the product's sku rather than its id: the storefront names products by sku, so a page reads
 * its documents without first mapping skus to ids.
 */
export const StorageResource = {
  AbstractProduct: 'product_abstract',
  ConcreteProduct: 'product_concrete',
  AbstractPrices: 'price_product_abstract',
  ConcretePrices: 'price_product_concrete',
  AbstractAvailability: 'availability_abstract',
  ConcreteAvailability: 'availability_concrete',
  Store: 'store',
  CategoryTree: 'category_tree',
  CategoryNode: 'category_node',
  ProductUrl: 'url',
  CategoryUrl: 'category_url',
} as const;

export type StorageResource = (typeof StorageResource)[keyof typeof StorageResource];

/** The resources of the category tree (their `reference` is `CATEGORY_REFERENCE`). */
export const CATEGORY_RESOURCES: readonly StorageResource[] = [
  StorageResource.CategoryTree,
  StorageResource.CategoryNode,
  StorageResource.CategoryUrl,
];
export const CATEGORY_REFERENCE = 'category';

/** The resources published per abstract product (their `reference` is the abstract's sku). */
export const PRODUCT_FAMILY_RESOURCES: readonly StorageResource[] = [
  StorageResource.AbstractProduct,
  StorageResource.ConcreteProduct,
  StorageResource.AbstractPrices,
  StorageResource.ConcretePrices,
  StorageResource.AbstractAvailability,
  StorageResource.ConcreteAvailability,
  StorageResource.ProductUrl,
];

export const storageKeys = {
  abstractProduct: (store: string, locale: string, sku: string): string =>
    `${StorageResource.AbstractProduct}:${store}:${locale}:${sku}`,
  concreteProduct: (store: string, locale: string, sku: string): string =>
    `${StorageResource.ConcreteProduct}:${store}:${locale}:${sku}`,
  abstractPrices: (store: string, sku: string): string => `${StorageResource.AbstractPrices}:${store}:${sku}`,
  concretePrices: (store: string, sku: string): string => `${StorageResource.ConcretePrices}:${store}:${sku}`,
  abstractAvailability: (store: string, sku: string): string =>
    `${StorageResource.AbstractAvailability}:${store}:${sku}`,
  concreteAvailability: (store: string, sku: string): string =>
    `${StorageResource.ConcreteAvailability}:${store}:${sku}`,
  store: (store: string): string => `${StorageResource.Store}:${store}`,
  /** A product's shop URL (any locale); a category's has its own key, so a product's wins a clash. */
  productUrl: (url: string): string => `${StorageResource.ProductUrl}:${url}`,
  categoryUrl: (url: string): string => `${StorageResource.CategoryUrl}:${url}`,
  categoryTree: (store: string, locale: string): string =>
    `${StorageResource.CategoryTree}:${store}:${locale}`,
  categoryNode: (store: string, locale: string, id: number | string): string =>
    `${StorageResource.CategoryNode}:${store}:${locale}:${id}`,
};

/** One document to write: its key, what it is about (for deletes and cache invalidation) and its body. */
export interface StorageEntry {
  readonly key: string;
  readonly resource: StorageResource;
  /** The abstract sku of a product family's documents, the store name of a store's. */
  readonly reference: string;
  readonly store: string | null;
  readonly locale: string | null;
  readonly document: object;
}
