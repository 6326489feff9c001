/** Storefront resource `abstract-product-image-sets`. */
export { AbstractProductImageSetsApiModule } from './abstract-product-image-sets-api.module.js';
