/** Storefront resource `concrete-product-prices`, and `concrete-products` → `concrete-product-prices`. */
export { ConcreteProductPricesApiModule } from './concrete-product-prices-api.module.js';
