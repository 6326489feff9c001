export * from './backoffice-user.accounts.js';
export * from './oauth-backend-api.module.js';
