/**
 * Storefront resource `abstract-product-availabilities`, and the relationship
 * `abstract-products` → `abstract-product-availabilities`.
 */
export { AbstractProductAvailabilitiesApiModule } from './abstract-product-availabilities-api.module.js';
