/** Storefront resource `product-labels` and the product relationships to it. */
export { ProductLabelsApiModule } from './product-labels-api.module.js';
