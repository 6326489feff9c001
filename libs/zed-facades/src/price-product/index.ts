/**
 * Price domain: gross and net prices, with their volume tiers, per product, store, currency and price
 * type, read in one currency of a store (the requested one or the store's default) or, for the back
 * office, in every store.
 * Import `PriceProductModule` into a Nest module and inject `PriceProductFacade`.
 */
export { PriceProductFacade } from './price-product.facade.js';
export { PriceProductModule } from './price-product.module.js';
export { PriceProductErrorCode, PriceProductException } from './price-product.exception.js';
export { PRICE_PRODUCT_ENTITIES } from './persistence/price-product-entities.js';
export type {
  PriceCurrencyTransfer,
  PriceInput,
  PriceTransfer,
  PriceTypeName,
  StorePriceTransfer,
  VolumePriceTransfer,
} from './transfer/price.transfer.js';
