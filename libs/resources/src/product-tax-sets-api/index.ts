/** Storefront resource `product-tax-sets` and the relationship of `abstract-products` to it. */
export { ProductTaxSetsApiModule } from './product-tax-sets-api.module.js';
