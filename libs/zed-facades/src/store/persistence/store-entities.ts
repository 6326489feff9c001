import { CountryEntity } from './country.entity.js';
import { CurrencyEntity } from './currency.entity.js';
import { LocaleEntity } from './locale.entity.js';
import { RegionEntity } from './region.entity.js';
import { StoreCountryEntity } from './store-country.entity.js';
import { StoreCurrencyEntity } from './store-currency.entity.js';
import { StoreLocaleEntity } from './store-locale.entity.js';
import { StoreEntity } from './store.entity.js';

export const STORE_ENTITIES = [
  CountryEntity,
  CurrencyEntity,
  LocaleEntity,
  RegionEntity,
  StoreCountryEntity,
  StoreCurrencyEntity,
  StoreEntity,
  StoreLocaleEntity,
] as const;
