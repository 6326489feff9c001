export * from './customer.accounts.js';
export * from './oauth-api.module.js';
