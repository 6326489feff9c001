/**
 * glue-core: the request pipeline shared by every Glue application — request context, content
 * negotiation over a convention registry, authentication and authorization, request parsing into a
 * typed `GlueRequest`, validation, response and error formatting, routing misses, and the
 * application's OpenAPI description.
 *
 * The public surface is this named list: what applications, resources, conventions, benchmarks, scripts
 * and e2e suites use. Anything else stays inside glue-core (its own specs import it by relative path).
 * Keep each group alphabetic by file, names alphabetic within a line.
 */

// Building, starting and stopping an application (`configureGlueApplication`: a testing module's app)
export {
  configureGlueApplication,
  createGlueApplication,
  type CreateGlueApplicationOptions,
} from './application/create-glue-application.js';
export { GlueApplicationModule } from './application/glue-application.module.js';
export { type GlueApplicationOptions } from './application/glue-application.options.js';
export { ListenError, listenGlueApplication } from './application/listen.js';
export {
  type GlueStop,
  type GlueStopOptions,
  shutdownGraceSeconds,
  stopOnSignal,
} from './application/shutdown.js';

// Authentication and authorization: decorators, token and OpenID Connect servers, login blocking
export { type AccessTokenPayload, AccessTokenService } from './auth/access-token.service.js';
export {
  type AttemptCounterStore,
  MemoryAttemptCounterStore,
  RedisAttemptCounterStore,
} from './auth/attempt-counter.store.js';
export { Public, Scopes } from './auth/auth.decorators.js';
export { InvalidAccessTokenError } from './auth/bearer-token.js';
export { type GlueAuthenticationServer } from './auth/glue-authentication-server.js';
export {
  type GlueLoginAttempt,
  type GlueOAuthAccount,
  type GlueOAuthAccountProvider,
  GlueOAuthServer,
  type GlueRefreshTokenStore,
  type GlueRefreshTokenSubject,
  type GlueSessionRefreshToken,
  type GlueTokenResponse,
  PASSWORD_GRANT,
  REFRESH_TOKEN_GRANT,
} from './auth/glue-oauth.server.js';
export { GlueOAuthStrategy, type GlueOAuthStrategyOptions } from './auth/glue-oauth.strategy.js';
export {
  DEFAULT_LOGIN_BLOCKER_OPTIONS,
  LoginBlockedError,
  loginBlockedException,
  LoginBlocker,
  type LoginBlockerOptions,
} from './auth/login-blocker.js';
export { OAuthGrantError, toTokenEndpointException } from './auth/oauth-grant.error.js';
export { OAuthRevocationController } from './auth/oauth-revocation.controller.js';
export {
  clientInfo,
  GLUE_OAUTH_SERVER,
  JwksController,
  OAuthTokenController,
} from './auth/oauth-token.controller.js';
export { OAuthConvention } from './auth/oauth.convention.js';
export {
  type ExternalIdentityClaims,
  type ExternalIdentityResolver,
  type OpenIdConnectClaimMapping,
  type OpenIdConnectOptions,
  OpenIdConnectStrategy,
} from './auth/openid-connect.strategy.js';
export {
  DEFAULT_SESSION_CACHE_ENTRIES,
  DEFAULT_SESSION_STALENESS_MS,
  MAX_SESSION_STALENESS_MS,
  type SessionCacheOptions,
} from './auth/session-cache.js';
export { SigningKeyRing } from './auth/signing-key-ring.js';

// Configuration from the environment
export {
  applicationConfig,
  type ApplicationDefaults,
  applicationConfigGroups,
  databaseUrlConfig,
  type GlueApplicationSettings,
} from './config/application.config.js';
export {
  configGroup,
  type ConfigGroup,
  configGroups,
  type ConfigGroups,
  ConfigurationError,
  type Environment,
  environmentDefaults,
  type EnvironmentSchema,
  environmentVariableNames,
  type EnvironmentVariables,
  loadConfigAtBoot,
  readEnvironment,
} from './config/environment.js';
export {
  EnvironmentVariable,
  IsListVariable,
  IsOneOfVariable,
  IsPortVariable,
  IsPostgresUrlVariable,
  IsPublicUrlVariable,
  IsStringVariable,
  IsSwitchVariable,
  IsUrlVariable,
  IsWholeNumberVariable,
} from './config/environment.decorators.js';

// The typed request a resource receives
export {
  CUSTOMER_IDENTITY_KIND,
  type GlueFilter,
  type GlueIdentity,
  type GluePagination,
  type GlueRequest,
  type GlueSort,
  type QueryValue,
  type SortDirection,
  USER_IDENTITY_KIND,
} from './context/glue-request.js';

// Conventions (the wire format) and their registry
export {
  attributeJsonPointer,
  type GlueBodyTarget,
  type GlueConvention,
  type GlueFormattedResponse,
  type GlueRequestBody,
} from './convention/glue-convention.js';
export { NoneConvention } from './convention/none.convention.js';

// Errors
export { type GlueError, GlueErrorCode, type GlueErrorSource } from './errors/glue-error.js';
export { GlueHttpException } from './errors/glue-http.exception.js';
export {
  glueDomainErrors,
  GlueDomainErrorRegistry,
  type GlueDomainErrorMapping,
} from './errors/domain-error.registry.js';

// Formats
export { formatDateTime, parseDateTime } from './format/date-time.js';

// Health and readiness
export { GlueHealth, type GlueHealthReport } from './health/glue-health.js';
export { GlueHealthModule, type GlueHealthOptions } from './health/glue-health.module.js';
export { type GlueReadinessCheck } from './health/glue-readiness.js';
export { REDIS_READINESS_CHECK, RedisReadinessModule } from './health/redis-readiness.check.js';

// HTTP: the Express adapter, caching and links
export { PublicCache, type PublicCacheOptions } from './http/cache-control.js';
export { GlueExpressAdapter } from './http/glue-express.adapter.js';
export { encodeRequestTarget, listenUrl, queryString } from './http/links.js';

// Request limits
// An application's include admission queue (`app.get(GLUE_INCLUDE_ADMISSION)`), for monitoring and e2e suites.
export { AdmissionQueue, GLUE_INCLUDE_ADMISSION } from './limits/admission-queue.js';
export {
  DEFAULT_REQUEST_LIMITS,
  GLUE_REQUEST_LIMITS,
  type GlueRequestLimits,
  requestLimitsConfig,
} from './limits/request-limits.js';

// Stores and locales
export { type GlueStore, type GlueStoreResolver } from './locale/glue-store-resolver.js';

// The OpenAPI description
export {
  ApiOperation,
  type ApiOperationOptions,
  ErrorStatuses,
  ResultStatuses,
  Undocumented,
} from './openapi/api-description.decorators.js';
export {
  type GlueBodyDescription,
  type GlueRequestBodyDescription,
  type GlueRequestBodySchema,
  type GlueResourceDescription,
  type GlueResultDescription,
  type GlueSchemaComponents,
  type JsonSchema,
} from './openapi/api-description.js';
export { OpenApiDocumentBuilder } from './openapi/openapi-document.builder.js';
export {
  type OpenApiDocument,
  type OpenApiOperation,
  type OpenApiParameter,
  type OpenApiResponse,
} from './openapi/openapi-document.js';

// The request pipeline: its steps in order, and how an application replaces or adds one
export { GLUE_PIPELINE, insertPipelineStep, replacePipelineStep } from './pipeline/glue-pipeline.js';
export { type GluePipelineStep } from './pipeline/pipeline-step.js';
export { glueValidationCode } from './pipeline/validation.pipe.js';

// Rate limits
export { RateLimitAccount } from './rate-limit/rate-limit-account.decorator.js';
export {
  DEFAULT_RATE_LIMIT_OPTIONS,
  type GlueRateLimitOptions,
  rateLimitConfig,
} from './rate-limit/rate-limit.options.js';

// Redis
export { redisUrlConfig } from './redis/redis-client.js';

// Relationships and includes
export {
  type GlueRelatedResources,
  GlueRelationship,
  type GlueRelationshipDefinition,
  type GlueRelationshipLoader,
  type GlueRelationshipOptions,
  parentSources,
} from './relationship/glue-relationship.js';
export { GlueRelationshipRegistry } from './relationship/glue-relationship.registry.js';
export {
  type GlueIncludes,
  type GlueRelationshipLinkage,
  resourceKey,
} from './relationship/include.loader.js';

// Resources: decorators, resource objects, attribute schemas
export {
  type Attributes,
  DateTime,
  Nullable,
  StringEnum,
  StringRecord,
} from './resource/attribute-schema.js';
export { Glue, GlueAttributes } from './resource/glue-params.decorator.js';
export {
  collection,
  type GlueCollection,
  type GlueResourceIdentifier,
  type GlueResourceObject,
  type GlueResult,
  type GlueResultWithStatus,
  isGlueCollection,
  withStatus,
} from './resource/glue-resource-object.js';
export {
  CollectionQuery,
  type CollectionQueryOptions,
  GlueResource,
  type GlueResourceNoun,
  type GlueResourceOptions,
  type PageOptions,
  ResourceQuery,
  type ResourceQueryOptions,
  type ResourceQueryParameter,
} from './resource/glue-resource.decorator.js';
export { Omittable } from './resource/omittable.decorator.js';

// Routing: an application's route table (`app.get(RouteTable)`), e.g. for suites that walk every route
export { type GlueRoute, RouteTable } from './routing/route-table.js';
