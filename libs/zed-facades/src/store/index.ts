/**
 * Store domain: stores, locales, currencies and countries (with their regions).
 * Import `StoreModule` into a Nest module and inject `StoreFacade`.
 */
export { StoreFacade } from './store.facade.js';
export { StoreModule } from './store.module.js';
export { STORE_ENTITIES } from './persistence/store-entities.js';
export type {
  CountryTransfer,
  CurrencyTransfer,
  RegionTransfer,
  StoreTransfer,
} from './transfer/store.transfer.js';
