/** A label as the storefront shows it, its name in one locale. */
export interface ProductLabelTransfer {
  readonly idProductLabel: number;
  /** The name in the requested locale, else the label's own name. */
  readonly name: string;
  /** Only this label is shown on a product that has it. */
  readonly isExclusive: boolean;
  /** Display priority: lowest first. */
  readonly position: number;
  /** The storefront's style for it (a CSS class); empty for the default style. */
  readonly frontEndReference: string;
}
