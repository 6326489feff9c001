/**
 * Helpers every collection resource shares: one declaration of its query, read back into facade
 * criteria, and the requested page.
 */
export * from './collection.criteria.js';
