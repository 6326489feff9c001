import type { EntityManager } from 'typeorm';

/** The ids a search runs with, resolved from the names a client sends. */
export interface SearchContext {
  readonly idStore: number;
  readonly idLocale: number;
  readonly idCurrency: number;
  readonly currency: { readonly code: string; readonly name: string; readonly symbol: string };
  /** The locale's text search configuration (`german`, `english`, `simple`). */
  readonly textConfig: string;
}

interface SearchContextRow {
  id_store: number;
  id_locale: number;
  id_currency: number;
  code: string;
  name: string;
  symbol: string;
  text_config: string;
}

/** Null when the store does not exist or does not offer the locale or the currency. */
export async function resolveSearchContext(
  manager: EntityManager,
  store: string,
  locale: string,
  currency: string,
): Promise<SearchContext | null> {
  const rows: SearchContextRow[] = await manager.query(
    `SELECT s.id_store, l.id_locale, cur.id_currency, cur.code, cur.name, cur.symbol,
            catalog_search_text_config(l.locale_name)::text AS text_config
       FROM store s
       JOIN store_locale sl ON sl.fk_store = s.id_store
       JOIN locale l ON l.id_locale = sl.fk_locale AND l.is_active
       JOIN store_currency sc ON sc.fk_store = s.id_store
       JOIN currency cur ON cur.id_currency = sc.fk_currency
      WHERE s.name = $1 AND l.locale_name = $2 AND cur.code = $3`,
    [store, locale, currency],
  );
  const row = rows[0];
  if (!row) {
    return null;
  }
  return {
    idStore: row.id_store,
    idLocale: row.id_locale,
    idCurrency: row.id_currency,
    currency: { code: row.code, name: row.name, symbol: row.symbol },
    textConfig: row.text_config,
  };
}
