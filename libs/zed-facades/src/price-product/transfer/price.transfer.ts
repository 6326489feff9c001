export type PriceTypeName = 'DEFAULT' | 'ORIGINAL';

export interface PriceCurrencyTransfer {
  readonly code: string;
  readonly name: string;
  readonly symbol: string;
}

/** Amounts in minor units of the currency. */
export interface PriceTransfer {
  readonly priceTypeName: PriceTypeName;
  readonly currency: PriceCurrencyTransfer;
  readonly grossAmount: number;
  readonly netAmount: number;
}
