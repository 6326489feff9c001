/** A text in one locale. */
export interface LocalizedTextTransfer {
  readonly localeName: string;
  readonly translation: string;
}

/** A predefined value of an attribute with its wording per locale (none: the value is shown as is). */
export interface ProductManagementAttributeValueTransfer {
  readonly value: string;
  readonly localizedValues: readonly LocalizedTextTransfer[];
}

/** A product attribute key with its names per locale and its predefined values. */
export interface ProductManagementAttributeTransfer {
  readonly key: string;
  readonly inputType: string;
  readonly allowInput: boolean;
  readonly isSuper: boolean;
  readonly localizedKeys: readonly LocalizedTextTransfer[];
  readonly values: readonly ProductManagementAttributeValueTransfer[];
}

/** A page of attributes (by key) and how many there are in all. */
export interface ProductManagementAttributePageTransfer {
  readonly attributes: readonly ProductManagementAttributeTransfer[];
  readonly total: number;
}
