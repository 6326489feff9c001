/**
 * Product attribute domain: the attribute keys products use, their translations and predefined values.
 * Import `ProductAttributeModule` into a Nest module and inject `ProductAttributeFacade`.
 */
export { ProductAttributeFacade } from './product-attribute.facade.js';
export { ProductAttributeModule } from './product-attribute.module.js';
export { PRODUCT_ATTRIBUTE_ENTITIES } from './persistence/product-attribute-entities.js';
export type {
  LocalizedTextTransfer,
  ProductManagementAttributePageTransfer,
  ProductManagementAttributeTransfer,
  ProductManagementAttributeValueTransfer,
} from './transfer/product-management-attribute.transfer.js';
