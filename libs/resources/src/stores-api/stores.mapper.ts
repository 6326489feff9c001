import type { GlueResourceObject } from '#glue-core';
import type { StoreTransfer } from '#zed-facades/store';

export const STORES_TYPE = 'stores';

export interface StoreAttributes {
  readonly name: string;
  readonly timeZone: string;
  readonly defaultLocale: string;
  readonly defaultCurrency: string;
  readonly locales: readonly { readonly code: string; readonly name: string }[];
  readonly currencies: readonly { readonly code: string; readonly name: string; readonly symbol: string }[];
  readonly countries: readonly { readonly iso2Code: string }[];
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

export function toStoreResource(store: StoreTransfer): GlueResourceObject<StoreAttributes> {
  return {
    type: STORES_TYPE,
    id: store.name,
    selfPath: `/${STORES_TYPE}/${encodeURIComponent(store.name)}`,
    attributes: {
      name: store.name,
      timeZone: store.timezone,
      defaultLocale: store.defaultLocale,
      defaultCurrency: store.defaultCurrency,
      locales: store.locales.map((code) => ({
        code,
        name: LANGUAGE_NAMES.of(code.replace('_', '-')) ?? code,
      })),
      currencies: store.currencies.map(({ code, name, symbol }) => ({ code, name, symbol })),
      countries: store.countries.map((iso2Code) => ({ iso2Code })),
    },
  };
}
