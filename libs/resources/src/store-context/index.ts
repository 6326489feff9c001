/** Store and locale resolution for Glue applications, over the store domain. */
export * from './store-context.module.js';
export * from './store-context.resolver.js';
