/** Storefront resource `category-nodes`. */
export { CategoryNodesApiModule } from './category-nodes-api.module.js';
