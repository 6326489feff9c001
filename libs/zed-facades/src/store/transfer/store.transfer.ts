export interface CurrencyTransfer {
  readonly code: string;
  readonly name: string;
  readonly symbol: string;
  readonly fractionDigits: number;
}

export interface StoreTransfer {
  readonly idStore: number;
  readonly name: string;
  readonly timezone: string;
  readonly defaultLocale: string;
  readonly locales: readonly string[];
  readonly defaultCurrency: string;
  readonly currencies: readonly CurrencyTransfer[];
  readonly countries: readonly string[];
}
