/** Helpers every collection resource shares: one declaration of its query, read back into facade criteria. */
export * from './collection.criteria.js';
