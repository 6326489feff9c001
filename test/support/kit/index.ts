/**
 * The e2e kit: what a project's own e2e suite imports to test its resources over HTTP against a real
 * PostgreSQL (docs/testing.md). One entry, three jobs:
 *
 * 1. Start an application on a throwaway database.
 *    - `throwawayDatabase()` clones the migrated and seeded template that the e2e project's global
 *      setup prepared (embedded PostgreSQL, or the server of `DATABASE_URL`); `drop()` it in `afterAll`.
 *    - `startApplication(module)` boots any Glue application module as `main.ts` does;
 *      `startStorefront(url)` and `startBackend(url)` boot the two shipped applications with test
 *      keys and test rate limits. Each returns `{ app, http }`: `request(http)`, then `app.close()`.
 * 2. Get credentials.
 *    - `customerToken(storefront.http)`: a storefront password grant (default: the demo customer).
 *    - `adminToken(backend.http)`: a back-office user's token (default: the demo admin);
 *      `createBackendUser(…)` makes another user with the roles a test needs and returns its token.
 *    - `apiClientHeaders(key)`: the header an API client authenticates with (API-key strategy).
 *    - `bearer(token)`: the `Authorization` value of a token.
 * 3. Assert.
 *    - `assertJsonApi(response)`: a JSON:API media type and a valid JSON:API document.
 *    - `assertOpenApi(started, response)`: the body is what the application's OpenAPI document says.
 *    Both checks also run on every response of every kit-started application, after each test
 *    (setup file ../e2e-setup.ts).
 */
export {
  JSON_API,
  startApplication,
  startBackend,
  startStorefront,
  type RunningApplication,
  type StartOptions,
  type TestApplicationOptions,
} from '../applications.js';
export { createTestDatabase as throwawayDatabase, type TestDatabase } from '../test-database.js';
export {
  backendToken as adminToken,
  bearer,
  createBackendUser,
  DEMO_ADMIN,
  DEMO_CUSTOMER,
  DEMO_CUSTOMER_REFERENCE,
  passwordGrant,
  storefrontToken as customerToken,
  type BackendUserAttributes,
  type Credentials,
} from '../auth.js';
export { apiClientHeaders } from './api-client.js';
export {
  API_CLIENT_IDENTITY_KIND,
  API_KEY_HEADER,
  type ApiClient,
  type ApiKeys,
  ApiKeyModule,
  ApiKeyStrategy,
} from './api-key.strategy.js';
export { assertJsonApi, assertOpenApi } from './assertions.js';
export { countQueries, type QueryCounter } from '../query-counter.js';
