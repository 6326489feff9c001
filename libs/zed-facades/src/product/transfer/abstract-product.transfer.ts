/** One variant of an abstract product, enough for Glue's `attributeMap`. */
export interface AbstractProductConcreteTransfer {
  readonly idProductConcrete: number;
  readonly sku: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** An abstract product as the storefront sees it in one locale. */
export interface AbstractProductTransfer {
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
  /** Attribute key → distinct values across the active concretes, only for keys whose value varies. */
  readonly superAttributes: Readonly<Record<string, readonly string[]>>;
  /** Active concretes, ordered by sku. */
  readonly concreteProducts: readonly AbstractProductConcreteTransfer[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}
