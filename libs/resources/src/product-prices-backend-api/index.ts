/** Backend resource `product-prices`, and the relationships of `products` and `concrete-products` to it. */
export { ProductPricesBackendApiModule } from './product-prices-backend-api.module.js';
