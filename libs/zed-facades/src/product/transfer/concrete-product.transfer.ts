/** A concrete product as the storefront sees it in one locale. */
export interface ConcreteProductTransfer {
  readonly idProductConcrete: number;
  readonly idProductAbstract: number;
  readonly sku: string;
  readonly abstractSku: string;
  readonly isActive: boolean;
  readonly isDiscontinued: boolean;
  /** The concrete's localized value, else its abstract's, else null. */
  readonly name: string | null;
  readonly description: string | null;
  readonly metaTitle: string | null;
  readonly metaDescription: string | null;
  readonly metaKeywords: string | null;
  /** Abstract attributes merged with the concrete's own; the concrete wins. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The concrete's own attribute keys (what distinguishes it from its siblings). */
  readonly superAttributeKeys: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}
