import { ProductManagementAttributeValueEntity } from './product-management-attribute-value.entity.js';
import {
  ProductManagementAttributeKeyTranslationEntity,
  ProductManagementAttributeValueTranslationEntity,
} from './product-management-attribute-translation.entities.js';
import { ProductManagementAttributeEntity } from './product-management-attribute.entity.js';

export const PRODUCT_ATTRIBUTE_ENTITIES = [
  ProductManagementAttributeEntity,
  ProductManagementAttributeKeyTranslationEntity,
  ProductManagementAttributeValueEntity,
  ProductManagementAttributeValueTranslationEntity,
] as const;
