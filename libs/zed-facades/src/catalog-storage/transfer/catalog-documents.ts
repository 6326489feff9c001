/**
 * The published documents of the storefront catalog, close to the transfers the storefront resources
 * read: a document is what one storefront read needs for one product in one store (and locale or
 * currency), already resolved (texts with their fallbacks, inherited prices, summed stock).
 */

/** One active variant of an abstract product, enough for Glue's `attributeMap`. */
export interface StoredAbstractVariant {
  readonly idProductConcrete: number;
  readonly sku: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface StoredImage {
  readonly externalUrlLarge: string;
  readonly externalUrlSmall: string;
}

/** An image set in one locale (a set of the locale replaces the locale-less set of the same name). */
export interface StoredImageSet {
  readonly name: string;
  readonly images: readonly StoredImage[];
}

/** `product_abstract:<store>:<locale>:<sku>`: an abstract product in one locale, with its image sets. */
export interface StoredAbstractProduct {
  readonly idProductAbstract: number;
  readonly sku: string;
  readonly isActive: boolean;
  readonly name: string | null;
  readonly description: string | null;
  readonly metaTitle: string | null;
  readonly metaDescription: string | null;
  readonly metaKeywords: string | null;
  readonly url: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly superAttributes: Readonly<Record<string, readonly string[]>>;
  /** Active variants, ordered by sku. */
  readonly concreteProducts: readonly StoredAbstractVariant[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly imageSets: readonly StoredImageSet[];
  /** The nodes of its categories (`category_node:…`), in the order it was assigned to them. */
  readonly categoryNodeIds: readonly number[];
  /** Its active labels, by position; `CatalogStorageFacade.getShownProductLabels` applies the windows. */
  readonly labels: readonly StoredProductLabel[];
}

/** A label of an abstract product in one locale, with its validity window (ISO instants, or null: open). */
export interface StoredProductLabel {
  readonly idProductLabel: number;
  /** The name in the document's locale, else the label's own name. */
  readonly name: string;
  readonly isExclusive: boolean;
  readonly position: number;
  readonly frontEndReference: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** `product_concrete:<store>:<locale>:<sku>`: a concrete product in one locale, with its image sets. */
export interface StoredConcreteProduct {
  readonly idProductConcrete: number;
  readonly idProductAbstract: number;
  readonly sku: string;
  readonly abstractSku: string;
  readonly isActive: boolean;
  readonly isDiscontinued: boolean;
  readonly name: string | null;
  readonly description: string | null;
  readonly metaTitle: string | null;
  readonly metaDescription: string | null;
  readonly metaKeywords: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly superAttributeKeys: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly imageSets: readonly StoredImageSet[];
}

export type StoredPriceTypeName = 'DEFAULT' | 'ORIGINAL';

export interface StoredPrice {
  readonly priceTypeName: StoredPriceTypeName;
  readonly currency: { readonly code: string; readonly name: string; readonly symbol: string };
  readonly grossAmount: number;
  readonly netAmount: number;
  readonly volumePrices: readonly {
    readonly quantity: number;
    readonly grossAmount: number;
    readonly netAmount: number;
  }[];
}

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
export interface StoredCategoryNode {
  readonly idCategoryNode: number;
  readonly categoryKey: string;
  readonly name: string | null;
  readonly metaTitle: string | null;
  readonly metaDescription: string | null;
  readonly metaKeywords: string | null;
  readonly isActive: boolean;
  readonly isRoot: boolean;
  readonly order: number;
  readonly url: string | null;
  readonly parentNodeId: number | null;
}

export interface StoredCategoryTreeNode extends StoredCategoryNode {
  /** Ordered by node order, then id. */
  readonly children: readonly StoredCategoryTreeNode[];
}

/** `category_node:<store>:<locale>:<id>`: a node with its ancestors (nearest first) and its subtree. */
export interface StoredCategoryNodeDetail extends StoredCategoryNode {
  readonly parents: readonly StoredCategoryNode[];
  readonly children: readonly StoredCategoryTreeNode[];
}

/** `category_tree:<store>:<locale>`: the root nodes, each with its descendants. */
export interface StoredCategoryTree {
  readonly roots: readonly StoredCategoryTreeNode[];
}

/** `url:<url>` and `category_url:<url>`: what a shop URL shows, an active product or category node. */
export type StoredUrlTarget =
  | { readonly entityType: 'abstract-product'; readonly sku: string }
  | { readonly entityType: 'category-node'; readonly idCategoryNode: number };
