import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import type { StoreTransfer } from '#zed-facades/store';

export const STORES_TYPE = 'stores';

/** Glue's `stores` attributes; the id is the store name. */
export const StoreAttributesSchema = Type.Object({
  name: Type.String(),
  timeZone: Type.String(),
  defaultLocale: Type.String(),
  defaultCurrency: Type.String(),
  locales: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  currencies: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), symbol: Type.String() })),
  countries: Type.Array(Type.Object({ iso2Code: Type.String() })),
});

export type StoreAttributes = Attributes<typeof StoreAttributesSchema>;

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
