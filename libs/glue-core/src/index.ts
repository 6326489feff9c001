/**
 * glue-core: the request pipeline shared by every Glue application — request context, content
 * negotiation over a convention registry, authentication and authorization, request parsing into a
 * typed `GlueRequest`, validation, response and error formatting, routing misses, and the
 * application's OpenAPI description.
 */
export * from './application/create-glue-application.js';
export * from './application/glue-application.module.js';
export * from './application/glue-application.options.js';
export * from './application/listen.js';
export * from './application/shutdown.js';
export * from './auth/auth.decorators.js';
export * from './auth/glue-authentication-server.js';
export * from './context/glue-request.js';
export * from './context/request-context.js';
export * from './convention/glue-convention.js';
export * from './convention/glue-convention.registry.js';
export * from './convention/media-type.js';
export * from './convention/none.convention.js';
export * from './errors/glue-error.js';
export * from './errors/glue-http.exception.js';
export * from './errors/service-unavailable.js';
export * from './health/glue-health.js';
export * from './health/glue-health.module.js';
export * from './health/glue-readiness.js';
export * from './health/health-path.js';
export * from './health/health.controller.js';
export * from './health/redis-readiness.check.js';
export * from './http/glue-express.adapter.js';
export * from './http/glue-http-reply.js';
export * from './locale/accept-language.js';
export * from './locale/glue-store-resolver.js';
export * from './limits/admission-queue.js';
export * from './limits/request-limits.js';
export { GLUE_PIPELINE, insertPipelineStep, replacePipelineStep } from './pipeline/glue-pipeline.js';
export type { GluePipelineStep } from './pipeline/pipeline-step.js';
export * from './rate-limit/rate-limit-account.decorator.js';
export * from './rate-limit/rate-limit.options.js';
export { redisUrlConfig } from './redis/redis-client.js';
export * from './request/query.parser.js';
export * from './resource/glue-params.decorator.js';
export * from './resource/glue-resource-object.js';
export * from './resource/glue-resource.decorator.js';
export * from './routing/route-table.js';
export * from './config/config.loader.js';
export * from './format/date-time.js';
export * from './http/cache-control.js';
export * from './http/links.js';
export * from './auth/access-token.service.js';
export * from './auth/attempt-counter.store.js';
export * from './auth/bearer-token.js';
export * from './auth/glue-oauth.server.js';
export * from './auth/login-blocker.js';
export * from './auth/oauth-grant.error.js';
export * from './auth/oauth-revocation.controller.js';
export * from './auth/oauth-token.controller.js';
export * from './auth/oauth.convention.js';
export * from './auth/openid-connect.server.js';
export * from './auth/session-cache.js';
export * from './auth/signing-key-ring.js';
export * from './resource/omittable.decorator.js';
export * from './relationship/glue-relationship.js';
export * from './relationship/glue-relationship.registry.js';
export * from './relationship/include.loader.js';
export * from './resource/attribute-schema.js';
export * from './openapi/api-description.js';
export * from './openapi/api-description.decorators.js';
export * from './openapi/openapi-document.js';
export * from './openapi/openapi-document.builder.js';
