/** Backend resource `concrete-products`, and the `products → concrete-products` relationship. */
export { ConcreteProductsBackendApiModule } from './concrete-products-backend-api.module.js';
