import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CountryTransfer, CurrencyTransfer, StoreTransfer } from '../transfer/store.transfer.js';

interface CountryJson {
  iso2_code: string;
  iso3_code: string | null;
  name: string;
  postal_code_mandatory: boolean;
  postal_code_regex: string | null;
  regions: { iso2_code: string; name: string }[];
}

interface StoreRow {
  id_store: number;
  name: string;
  timezone: string;
  default_locale: string;
  default_currency: string;
  locales: string[];
  currencies: { code: string; name: string; symbol: string; fraction_digits: number }[];
  countries: CountryJson[];
}

// One country as JSON, its regions aggregated in a subselect (`c` is the country row).
const COUNTRY_JSON = `
  json_build_object('iso2_code', c.iso2_code, 'iso3_code', c.iso3_code, 'name', c.name,
    'postal_code_mandatory', c.postal_code_mandatory, 'postal_code_regex', c.postal_code_regex,
    'regions', COALESCE((SELECT json_agg(json_build_object('iso2_code', r.iso2_code, 'name', r.name)
                                         ORDER BY r.name, r.iso2_code)
                         FROM region r WHERE r.fk_country = c.id_country), '[]'::json))`;

// One round trip for every store: locales, currencies and countries are aggregated in subselects.
const STORE_SQL = `
  SELECT s.id_store, s.name, s.timezone,
         dl.locale_name AS default_locale, dc.code AS default_currency,
         ARRAY(SELECT l.locale_name FROM store_locale sl JOIN locale l ON l.id_locale = sl.fk_locale
               WHERE sl.fk_store = s.id_store
               ORDER BY l.id_locale <> s.fk_default_locale, l.locale_name) AS locales,
         COALESCE((SELECT json_agg(json_build_object('code', c.code, 'name', c.name, 'symbol', c.symbol,
                                                     'fraction_digits', c.fraction_digits)
                                   ORDER BY c.id_currency <> s.fk_default_currency, c.code)
                   FROM store_currency sc JOIN currency c ON c.id_currency = sc.fk_currency
                   WHERE sc.fk_store = s.id_store), '[]'::json) AS currencies,
         COALESCE((SELECT json_agg(${COUNTRY_JSON} ORDER BY sc.position, c.iso2_code)
                   FROM store_country sc JOIN country c ON c.id_country = sc.fk_country
                   WHERE sc.fk_store = s.id_store), '[]'::json) AS countries
  FROM store s
  JOIN locale dl ON dl.id_locale = s.fk_default_locale
  JOIN currency dc ON dc.id_currency = s.fk_default_currency`;

@Injectable()
export class StoreReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getStores(): Promise<readonly StoreTransfer[]> {
    const rows = await this.dataSource.query<StoreRow[]>(`${STORE_SQL} ORDER BY s.name`);
    return rows.map(toStoreTransfer);
  }

  async findStoreByName(name: string): Promise<StoreTransfer | null> {
    const rows = await this.dataSource.query<StoreRow[]>(`${STORE_SQL} WHERE s.name = $1`, [name]);
    const row = rows[0];
    return row ? toStoreTransfer(row) : null;
  }

  async getLocaleNames(): Promise<readonly string[]> {
    const rows = await this.dataSource.query<{ locale_name: string }[]>(
      'SELECT locale_name FROM locale WHERE is_active ORDER BY locale_name',
    );
    return rows.map((row) => row.locale_name);
  }

  /** The countries among `iso2Codes` (upper case) that exist, with their regions, in one statement. */
  async findCountries(iso2Codes: readonly string[]): Promise<readonly CountryTransfer[]> {
    if (iso2Codes.length === 0) return [];
    const rows = await this.dataSource.query<{ country: CountryJson }[]>(
      `SELECT ${COUNTRY_JSON} AS country FROM country c WHERE c.iso2_code = ANY($1::text[])
       ORDER BY c.iso2_code`,
      [[...new Set(iso2Codes)]],
    );
    return rows.map((row) => toCountryTransfer(row.country));
  }
}

function toCountryTransfer(country: CountryJson): CountryTransfer {
  return {
    iso2Code: country.iso2_code,
    iso3Code: country.iso3_code,
    name: country.name,
    postalCodeMandatory: country.postal_code_mandatory,
    postalCodeRegex: country.postal_code_regex,
    regions: country.regions.map((region) => ({ iso2Code: region.iso2_code, name: region.name })),
  };
}

function toStoreTransfer(row: StoreRow): StoreTransfer {
  const currencies: CurrencyTransfer[] = row.currencies.map((currency) => ({
    code: currency.code,
    name: currency.name,
    symbol: currency.symbol,
    fractionDigits: currency.fraction_digits,
  }));
  return {
    idStore: row.id_store,
    name: row.name,
    timezone: row.timezone,
    defaultLocale: row.default_locale,
    locales: row.locales,
    defaultCurrency: row.default_currency,
    currencies,
    countries: row.countries.map(toCountryTransfer),
  };
}
