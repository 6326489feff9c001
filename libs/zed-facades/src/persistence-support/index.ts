/**
 * Domain-neutral persistence helpers for zed facades (no entities, no Nest providers): recognising
 * PostgreSQL errors, ids a column type would reject, LIKE patterns.
 */
export { uniqueViolationOf, type UniqueViolation } from './unique-violation.js';
export { isBigintId, isUuid } from './ids.js';
export { containsPattern } from './like-pattern.js';
