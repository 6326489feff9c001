/** Store and locale resolution for Glue applications, over the store domain; the request's store. */
export * from './request-store.js';
export * from './store-context.config.js';
export * from './store-context.module.js';
export * from './store-context.resolver.js';
