/** Storefront resource `product-management-attributes`. */
export { ProductManagementAttributesApiModule } from './product-management-attributes-api.module.js';
