/**
 * Setup file of every e2e suite: the JSON:API matcher, and a check after each test that every
 * JSON:API response the test applications sent was valid JSON:API.
 */
import './json-api-schema.js';
import { assertNoJsonApiViolations } from './json-api-response-audit.js';

afterEach(() => {
  assertNoJsonApiViolations();
});
