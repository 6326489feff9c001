/** Storefront resource `concrete-product-image-sets`. */
export { ConcreteProductImageSetsApiModule } from './concrete-product-image-sets-api.module.js';
