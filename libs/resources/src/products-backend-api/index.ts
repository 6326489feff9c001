/** Backend resource `products`. */
export { ProductsBackendApiModule } from './products-backend-api.module.js';
