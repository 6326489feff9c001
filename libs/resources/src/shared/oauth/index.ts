/** Wiring shared by the applications' OAuth resources: options, providers, refresh token storage. */
export * from './facade-refresh-token.store.js';
export * from './oauth.options.js';
export * from './oauth.providers.js';
export * from './oauth.config.js';
