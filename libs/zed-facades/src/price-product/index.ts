/**
 * Price domain: gross and net prices per product, store, currency and price type.
 * Import `PriceProductModule` into a Nest module and inject `PriceProductFacade`.
 */
export { PriceProductFacade } from './price-product.facade.js';
export { PriceProductModule } from './price-product.module.js';
export { PRICE_PRODUCT_ENTITIES } from './persistence/price-product-entities.js';
export type {
  PriceCurrencyTransfer,
  PriceTransfer,
  PriceTypeName,
  StorePriceTransfer,
} from './transfer/price.transfer.js';
