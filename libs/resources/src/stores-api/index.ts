/** Storefront resource `stores`. */
export { StoresApiModule } from './stores-api.module.js';
