import { Injectable } from '@nestjs/common';
import { StoreReader } from './persistence/store.reader.js';
import type { CountryTransfer, StoreTransfer } from './transfer/store.transfer.js';

/** Stores with their locales, currencies and countries. */
@Injectable()
export class StoreFacade {
  constructor(private readonly storeReader: StoreReader) {}

  /** Every store, ordered by name; default locale and currency come first in their lists. */
  getStores(): Promise<readonly StoreTransfer[]> {
    return this.storeReader.getStores();
  }

  findStoreByName(name: string): Promise<StoreTransfer | null> {
    return this.storeReader.findStoreByName(name);
  }

  /** Every active locale name (`de_DE`, `en_US`, …), sorted. */
  getLocaleNames(): Promise<readonly string[]> {
    return this.storeReader.getLocaleNames();
  }

  /**
   * The countries with these ISO 3166-1 alpha-2 codes (any case), with their regions, by upper-case
   * code; codes of no country are absent. One statement, whatever the number of codes.
   */
  async findCountries(iso2Codes: readonly string[]): Promise<ReadonlyMap<string, CountryTransfer>> {
    const countries = await this.storeReader.findCountries(iso2Codes.map((code) => code.toUpperCase()));
    return new Map(countries.map((country) => [country.iso2Code, country]));
  }
}
