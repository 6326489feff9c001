/**
 * Store domain: stores, locales and currencies.
 * Import `StoreModule` into a Nest module and inject `StoreFacade`.
 */
export { StoreFacade } from './store.facade.js';
export { StoreModule } from './store.module.js';
export { STORE_ENTITIES } from './persistence/store-entities.js';
export { CurrencyEntity } from './persistence/currency.entity.js';
export { LocaleEntity } from './persistence/locale.entity.js';
export { StoreCurrencyEntity } from './persistence/store-currency.entity.js';
export { StoreEntity } from './persistence/store.entity.js';
export { StoreLocaleEntity } from './persistence/store-locale.entity.js';
export type { CurrencyTransfer, StoreTransfer } from './transfer/store.transfer.js';
