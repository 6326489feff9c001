import { CurrencyEntity } from './currency.entity.js';
import { LocaleEntity } from './locale.entity.js';
import { StoreCurrencyEntity } from './store-currency.entity.js';
import { StoreLocaleEntity } from './store-locale.entity.js';
import { StoreEntity } from './store.entity.js';

export const STORE_ENTITIES = [
  CurrencyEntity,
  LocaleEntity,
  StoreCurrencyEntity,
  StoreEntity,
  StoreLocaleEntity,
] as const;
