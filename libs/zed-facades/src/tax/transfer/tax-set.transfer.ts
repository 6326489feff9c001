/** A tax rate of a set: the percentage levied in one country. */
export interface TaxRateTransfer {
  readonly name: string;
  /** The percentage as a decimal string with two places ("19.00"): exact, never a float. */
  readonly rate: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryIso2Code: string;
}

/** A tax set with its rates, ordered by country and name. */
export interface TaxSetTransfer {
  readonly idTaxSet: number;
  readonly uuid: string;
  readonly name: string;
  readonly taxRates: readonly TaxRateTransfer[];
}
