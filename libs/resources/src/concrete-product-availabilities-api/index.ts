/**
 * Storefront resource `concrete-product-availabilities`, and the relationship
 * `concrete-products` → `concrete-product-availabilities`.
 */
export { ConcreteProductAvailabilitiesApiModule } from './concrete-product-availabilities-api.module.js';
