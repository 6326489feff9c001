export interface CurrencyTransfer {
  readonly code: string;
  readonly name: string;
  readonly symbol: string;
  readonly fractionDigits: number;
}

/** A region of a country (a state, a province): ISO 3166-2 code (`US-CA`) and name. */
export interface RegionTransfer {
  readonly iso2Code: string;
  readonly name: string;
}

export interface CountryTransfer {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly iso2Code: string;
  /** ISO 3166-1 alpha-3; null while unknown (a country migrated from a store's list of codes). */
  readonly iso3Code: string | null;
  readonly name: string;
  readonly postalCodeMandatory: boolean;
  /** What the country's postal codes match (unanchored, Glue's `\d{5}`); null: any. */
  readonly postalCodeRegex: string | null;
  /** Ordered by name. */
  readonly regions: readonly RegionTransfer[];
}

export interface StoreTransfer {
  readonly idStore: number;
  readonly name: string;
  readonly timezone: string;
  readonly defaultLocale: string;
  readonly locales: readonly string[];
  readonly defaultCurrency: string;
  readonly currencies: readonly CurrencyTransfer[];
  /** The countries the store sells to, in the store's order. */
  readonly countries: readonly CountryTransfer[];
}
