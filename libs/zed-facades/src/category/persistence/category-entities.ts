import { CategoryLocalizedAttributesEntity } from './category-localized-attributes.entity.js';
import { CategoryNodeEntity } from './category-node.entity.js';
import { CategoryEntity } from './category.entity.js';
import { ProductCategoryEntity } from './product-category.entity.js';

export const CATEGORY_ENTITIES = [
  CategoryEntity,
  CategoryLocalizedAttributesEntity,
  CategoryNodeEntity,
  ProductCategoryEntity,
] as const;
