/**
 * Storefront resources `abstract-product-image-sets` and `concrete-product-image-sets`, and the
 * relationships of `abstract-products` and `concrete-products` to them.
 */
export { ProductImageSetsApiModule } from './product-image-sets-api.module.js';
