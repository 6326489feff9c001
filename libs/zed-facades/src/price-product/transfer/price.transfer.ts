export type PriceTypeName = 'DEFAULT' | 'ORIGINAL';

export interface PriceCurrencyTransfer {
  readonly code: string;
  readonly name: string;
  readonly symbol: string;
}

/** A volume price tier: from `quantity` items on, each item costs these amounts (minor units). */
export interface VolumePriceTransfer {
  readonly quantity: number;
  readonly grossAmount: number;
  readonly netAmount: number;
}

/** Amounts in minor units of the currency. */
export interface PriceTransfer {
  readonly priceTypeName: PriceTypeName;
  readonly currency: PriceCurrencyTransfer;
  readonly grossAmount: number;
  readonly netAmount: number;
  /** The price's volume tiers, by ascending quantity; empty when it has none. */
  readonly volumePrices: readonly VolumePriceTransfer[];
}

/** A price with the store it applies in, as the back office sees every price of a product. */
export interface StorePriceTransfer extends PriceTransfer {
  readonly storeName: string;
  /** A concrete's price taken from its abstract (the concrete has none of its own for this store, currency and type). */
  readonly isInherited: boolean;
}

/** One price to set: the product's amounts in one store, currency and price type (minor units). */
export interface PriceInput {
  readonly sku: string;
  readonly storeName: string;
  readonly currencyCode: string;
  readonly priceTypeName: PriceTypeName;
  readonly grossAmount: number;
  readonly netAmount: number;
}
