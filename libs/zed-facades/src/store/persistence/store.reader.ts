import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrencyTransfer, StoreTransfer } from '../transfer/store.transfer.js';

interface StoreRow {
  id_store: number;
  name: string;
  timezone: string;
  countries: string[];
  default_locale: string;
  default_currency: string;
  locales: string[];
  currencies: { code: string; name: string; symbol: string; fraction_digits: number }[];
}

// One round trip for every store: locales and currencies are aggregated in subselects.
const STORE_SQL = `
  SELECT s.id_store, s.name, s.timezone, s.countries,
         dl.locale_name AS default_locale, dc.code AS default_currency,
         ARRAY(SELECT l.locale_name FROM store_locale sl JOIN locale l ON l.id_locale = sl.fk_locale
               WHERE sl.fk_store = s.id_store
               ORDER BY l.id_locale <> s.fk_default_locale, l.locale_name) AS locales,
         COALESCE((SELECT json_agg(json_build_object('code', c.code, 'name', c.name, 'symbol', c.symbol,
                                                     'fraction_digits', c.fraction_digits)
                                   ORDER BY c.id_currency <> s.fk_default_currency, c.code)
                   FROM store_currency sc JOIN currency c ON c.id_currency = sc.fk_currency
                   WHERE sc.fk_store = s.id_store), '[]'::json) AS currencies
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
    countries: row.countries,
  };
}
