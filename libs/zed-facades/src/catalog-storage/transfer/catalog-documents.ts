import type {
  CategoryNodeDetailTransfer,
  CategoryNodeTransfer,
  CategoryTreeNodeTransfer,
} from '#zed-facades/category';
import type { PriceTransfer, PriceTypeName } from '#zed-facades/price-product';
import type {
  AbstractProductConcreteTransfer,
  AbstractProductTransfer,
  ConcreteProductTransfer,
} from '#zed-facades/product';
import type { ImageSetTransfer, ImageTransfer } from '#zed-facades/product-image';
import type { ProductLabelTransfer } from '#zed-facades/product-label';

/**
 * The published documents of the storefront catalog, close to the transfers the storefront resources
 * read: a document is what one storefront read needs for one product in one store (and locale or
 * currency), already resolved (texts with their fallbacks, inherited prices, summed stock).
 *
 * Each is the transfer of the same name in its domain (what the normalized readers answer), plus what
 * the document carries besides, so the two cannot drift apart.
 */

/** One active variant of an abstract product, enough for Glue's `attributeMap`. */
export type StoredAbstractVariant = AbstractProductConcreteTransfer;

export type StoredImage = ImageTransfer;

/** An image set in one locale (a set of the locale replaces the locale-less set of the same name). */
export type StoredImageSet = ImageSetTransfer;

/** `product_abstract:<store>:<locale>:<sku>`: an abstract product in one locale, with its image sets. */
export interface StoredAbstractProduct extends AbstractProductTransfer {
  readonly imageSets: readonly StoredImageSet[];
  /** The nodes of its categories (`category_node:…`), in the order it was assigned to them. */
  readonly categoryNodeIds: readonly number[];
  /** Its active labels, by position; `CatalogStorageFacade.getShownProductLabels` applies the windows. */
  readonly labels: readonly StoredProductLabel[];
}

/** A label of an abstract product in one locale, with its validity window (ISO instants, or null: open). */
export interface StoredProductLabel extends ProductLabelTransfer {
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** `product_concrete:<store>:<locale>:<sku>`: a concrete product in one locale, with its image sets. */
export interface StoredConcreteProduct extends ConcreteProductTransfer {
  readonly imageSets: readonly StoredImageSet[];
}

export type StoredPriceTypeName = PriceTypeName;

export type StoredPrice = PriceTransfer;

/**
 * `price_product_abstract:<store>:<sku>` and `price_product_concrete:<store>:<sku>`: every price of the
 * product in the store, both modes' amounts, by currency code, each list ordered by price type. A
 * concrete's document holds its abstract's price for a type it has none of its own for.
 */
export interface StoredPrices {
  readonly currencies: Readonly<Record<string, readonly StoredPrice[]>>;
}

/** `availability_abstract:<store>:<sku>` and `availability_concrete:<store>:<sku>`. */
export interface StoredAvailability {
  readonly isAvailable: boolean;
  readonly quantity: number;
  readonly isNeverOutOfStock: boolean;
}

/** `store:<store>`: what resolving a request's currency needs. */
export interface StoredStore {
  readonly name: string;
  readonly defaultCurrency: string;
  /** The currencies the store offers (`store_currency`), by code. */
  readonly currencies: readonly string[];
  /** Decimals of each offered currency's minor unit, by code (2 for EUR). */
  readonly fractionDigits: Readonly<Record<string, number>>;
}

/** A category node in one locale; localized fields are null when the locale has no texts. */
export type StoredCategoryNode = CategoryNodeTransfer;

export type StoredCategoryTreeNode = CategoryTreeNodeTransfer;

/** `category_node:<store>:<locale>:<id>`: a node with its ancestors (nearest first) and its subtree. */
export type StoredCategoryNodeDetail = CategoryNodeDetailTransfer;

/** `category_tree:<store>:<locale>`: the root nodes, each with its descendants. */
export interface StoredCategoryTree {
  readonly roots: readonly StoredCategoryTreeNode[];
}

/** `url:<url>` and `category_url:<url>`: what a shop URL shows, an active product or category node. */
export type StoredUrlTarget =
  | { readonly entityType: 'abstract-product'; readonly sku: string }
  | { readonly entityType: 'category-node'; readonly idCategoryNode: number };
