import { Type } from '@sinclair/typebox';
import { Nullable, type Attributes, type GlueResourceObject } from '#glue-core';
import type { CountryTransfer, StoreTransfer } from '#zed-facades/store';

export const STORES_TYPE = 'stores';

/** Glue's code and wording for a store that does not exist (`StoresRestApiConfig`). */
export const STORE_NOT_FOUND = { code: '601', detail: 'Store not found.' } as const;

const CountrySchema = Type.Object({
  iso2Code: Type.String({ examples: ['DE'] }),
  iso3Code: Nullable(Type.String({ examples: ['DEU'] })),
  name: Type.String({ examples: ['Germany'] }),
  postalCodeMandatory: Type.Boolean(),
  postalCodeRegex: Nullable(Type.String({ examples: ['\\d{5}'] })),
  regions: Type.Array(Type.Object({ iso2Code: Type.String({ examples: ['US-CA'] }), name: Type.String() })),
});

/**
 * Glue's `stores` attributes (`timeZone`, `defaultCurrency`, `currencies`, `locales`, `countries`) and
 * ours beyond them (`name`, `defaultLocale`, a currency's `symbol`); the id is the store name. A
 * locale is Glue's `{code: language, name: locale}` (`{code: "de", name: "de_DE"}`).
 */
export const StoreAttributesSchema = Type.Object({
  name: Type.String(),
  timeZone: Type.String(),
  defaultLocale: Type.String(),
  defaultCurrency: Type.String(),
  locales: Type.Array(
    Type.Object({ code: Type.String({ examples: ['de'] }), name: Type.String({ examples: ['de_DE'] }) }),
  ),
  currencies: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), symbol: Type.String() })),
  countries: Type.Array(CountrySchema),
});

export type StoreAttributes = Attributes<typeof StoreAttributesSchema>;

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
      // Glue keys a store's locales by language: the code is the language, the name the locale.
      locales: store.locales.map((locale) => ({ code: locale.split('_')[0] ?? locale, name: locale })),
      currencies: store.currencies.map(({ code, name, symbol }) => ({ code, name, symbol })),
      countries: store.countries.map(toCountryAttributes),
    },
  };
}

function toCountryAttributes(country: CountryTransfer): StoreAttributes['countries'][number] {
  return {
    iso2Code: country.iso2Code,
    iso3Code: country.iso3Code,
    name: country.name,
    postalCodeMandatory: country.postalCodeMandatory,
    postalCodeRegex: country.postalCodeRegex,
    regions: country.regions.map(({ iso2Code, name }) => ({ iso2Code, name })),
  };
}
