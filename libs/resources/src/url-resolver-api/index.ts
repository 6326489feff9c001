/** Storefront resource `url-resolver`. */
export { UrlResolverApiModule } from './url-resolver-api.module.js';
