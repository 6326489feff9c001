/**
 * Category domain: the category tree, its localized texts and product assignments.
 * Import `CategoryModule` into a Nest module and inject `CategoryFacade`.
 */
export { CategoryFacade } from './category.facade.js';
export { CategoryModule } from './category.module.js';
export { CATEGORY_ENTITIES } from './persistence/category-entities.js';
export { CategoryEntity } from './persistence/category.entity.js';
export { CategoryLocalizedAttributesEntity } from './persistence/category-localized-attributes.entity.js';
export { CategoryNodeEntity } from './persistence/category-node.entity.js';
export { ProductCategoryEntity } from './persistence/product-category.entity.js';
export type { CategoryNodeTransfer, CategoryTreeNodeTransfer } from './transfer/category-node.transfer.js';
