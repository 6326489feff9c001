/** Storefront resource `category-trees`. */
export { CategoryTreesApiModule } from './category-trees-api.module.js';
