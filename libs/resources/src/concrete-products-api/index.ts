/** Storefront resource `concrete-products`. */
export { ConcreteProductsApiModule } from './concrete-products-api.module.js';
