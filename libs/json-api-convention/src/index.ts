/** The JSON:API 1.1 convention for Glue applications. */
export * from './errors/json-api-error.formatter.js';
export * from './json-api.convention.js';
export * from './openapi/json-api.description.js';
export * from './request/json-api-document.reader.js';
export * from './response/json-api-document.builder.js';
