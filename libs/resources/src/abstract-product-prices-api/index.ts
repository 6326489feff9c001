/** Storefront resource `abstract-product-prices`, and `abstract-products` → `abstract-product-prices`. */
export { AbstractProductPricesApiModule } from './abstract-product-prices-api.module.js';
