/**
 * Domain-neutral persistence helpers for zed facades (no entities, no Nest providers): recognising
 * PostgreSQL errors, ids a column type would reject, LIKE patterns, the database clock, and shaping the
 * rows of a batch read by the ids it was asked for.
 */
export { uniqueViolationOf, type UniqueViolation } from './unique-violation.js';
export { isBigintId, isIntegerId, isUuid } from './ids.js';
export { containsPattern } from './like-pattern.js';
export { NOW } from './now.js';
export { groupByIds, inKeyOrder } from './grouping.js';
