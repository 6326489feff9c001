import { SetMetadata } from '@nestjs/common';

export const GLUE_ERROR_STATUSES_METADATA = 'glue:error-statuses';
export const GLUE_UNDOCUMENTED_METADATA = 'glue:undocumented';
export const GLUE_RESULT_STATUSES_METADATA = 'glue:result-statuses';
export const GLUE_OPERATION_METADATA = 'glue:operation';

export interface ApiOperationOptions {
  /** One sentence a person would write: `Revoke a refresh token`, `Check the application's health`. */
  readonly summary: string;
}

/**
 * Error statuses a route answers beyond those its declarations imply, for the application's API
 * description: a login endpoint's 401 for wrong credentials or 429 from the login blocker.
 */
export const ErrorStatuses = (...statuses: number[]): MethodDecorator =>
  SetMetadata(GLUE_ERROR_STATUSES_METADATA, statuses);

/**
 * Statuses besides the route's own that answer with the route's result document (a handler
 * returning `withStatus()`): Glue's `health-check` sends its document with 503 when a service is
 * down. Where the pipeline may also answer that status with an error, the description allows both.
 */
export const ResultStatuses = (...statuses: number[]): MethodDecorator =>
  SetMetadata(GLUE_RESULT_STATUSES_METADATA, statuses);

/** Keeps a route (or every route of a controller) out of the application's API description. */
export const Undocumented = (): MethodDecorator & ClassDecorator =>
  SetMetadata(GLUE_UNDOCUMENTED_METADATA, true);

/**
 * The operation's summary in the application's API description, where the sentence made from the
 * resource's `@GlueResource({ noun })` would be wrong (`Revoke a refresh token` for a `DELETE` that
 * revokes). Named as `@nestjs/swagger` names it.
 */
export const ApiOperation = (options: ApiOperationOptions): MethodDecorator =>
  SetMetadata(GLUE_OPERATION_METADATA, options);
