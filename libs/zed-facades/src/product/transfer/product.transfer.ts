export interface ProductLocalizedAttributesTransfer {
  readonly locale: string;
  readonly name: string;
  readonly description: string | null;
}

/** A concrete product with all its locales, as the backend manages it. */
export interface ProductConcreteTransfer {
  readonly idProductConcrete: number;
  readonly sku: string;
  readonly abstractSku: string;
  readonly isActive: boolean;
  readonly isDiscontinued: boolean;
  /** The concrete's own attributes (not merged with its abstract's). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Ordered by locale name. */
  readonly localizedAttributes: readonly ProductLocalizedAttributesTransfer[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A product with all its locales and concretes, as the backend manages it. */
export interface ProductTransfer {
  readonly idProductAbstract: number;
  readonly sku: string;
  readonly isActive: boolean;
  readonly attributes: Readonly<Record<string, string>>;
  /** Ordered by locale name. */
  readonly localizedAttributes: readonly ProductLocalizedAttributesTransfer[];
  /** Ordered by sku. */
  readonly concreteProducts: readonly ProductConcreteTransfer[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface ProductLocalizedAttributesInput {
  readonly locale: string;
  readonly name: string;
  readonly description?: string | null;
}

export interface ProductConcreteInput {
  readonly sku: string;
  readonly isActive?: boolean;
  readonly isDiscontinued?: boolean;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly localizedAttributes?: readonly ProductLocalizedAttributesInput[];
}

export interface ProductCreateInput {
  readonly sku: string;
  readonly isActive?: boolean;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly localizedAttributes: readonly ProductLocalizedAttributesInput[];
  /** At least one. */
  readonly concreteProducts: readonly ProductConcreteInput[];
}

/**
 * Every field optional; the sku is not updatable. `concreteProducts` replaces the set (matched by sku);
 * `localizedAttributes` replaces the given locales and leaves the others alone.
 */
export interface ProductUpdateInput {
  readonly isActive?: boolean;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly localizedAttributes?: readonly ProductLocalizedAttributesInput[];
  readonly concreteProducts?: readonly ProductConcreteInput[];
}
