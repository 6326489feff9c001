/**
 * The JSON:API 1.1 convention for Glue applications. Its public surface is the convention an application
 * registers; the document builder, reader and error formatter stay inside (its own specs import them by
 * relative path).
 */
export { JsonApiConvention } from './json-api.convention.js';
