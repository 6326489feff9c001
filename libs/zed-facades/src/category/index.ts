/**
 * Category domain: the category tree, its localized texts and product assignments.
 * Import `CategoryModule` into a Nest module and inject `CategoryFacade`.
 */
export { CategoryFacade } from './category.facade.js';
export { CategoryModule } from './category.module.js';
export { CATEGORY_ENTITIES } from './persistence/category-entities.js';
export type {
  CategoryNodeDetailTransfer,
  CategoryNodeTransfer,
  CategoryTreeNodeTransfer,
} from './transfer/category-node.transfer.js';
