/**
 * Glue's resource-specific error codes: what a resource answers in Glue compatibility mode instead of
 * glue-core's generic code (`007`, `4001`), which strict mode keeps.
 */
export * from './glue-codes.js';
