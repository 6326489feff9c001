/** Backend resource `product-stocks`, and the relationships of `products` and `concrete-products` to it. */
export { ProductStocksBackendApiModule } from './product-stocks-backend-api.module.js';
