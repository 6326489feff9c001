/**
 * Storefront resources `abstract-product-prices` and `concrete-product-prices`, and the relationships
 * of `abstract-products` and `concrete-products` to them.
 */
export { ProductPricesApiModule } from './product-prices-api.module.js';
