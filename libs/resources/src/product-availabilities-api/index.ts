/**
 * Storefront resources `abstract-product-availabilities` and `concrete-product-availabilities`, and
 * the relationships of `abstract-products` and `concrete-products` to them.
 */
export { ProductAvailabilitiesApiModule } from './product-availabilities-api.module.js';
