/** Storefront resource `abstract-products`. */
export { AbstractProductsApiModule } from './abstract-products-api.module.js';
