import { SetMetadata } from '@nestjs/common';

export const GLUE_ERROR_STATUSES_METADATA = 'glue:error-statuses';
export const GLUE_UNDOCUMENTED_METADATA = 'glue:undocumented';
export const GLUE_RESULT_STATUSES_METADATA = 'glue:result-statuses';

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
