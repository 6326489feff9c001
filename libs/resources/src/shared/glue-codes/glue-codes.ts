import { GlueErrorCode, GlueHttpException, type GlueRequest } from '#glue-core';

/** 404 with Glue's code for this resource in Glue mode (`1201` for a label), `007` in strict mode. */
export function glueNotFound(request: GlueRequest, glueCode: string, detail: string): GlueHttpException {
  return GlueHttpException.of({
    status: 404,
    code: request.glueCompatibility ? glueCode : GlueErrorCode.NotFound,
    title: 'Resource not found',
    detail,
  });
}

/**
 * 400 naming the query parameter, with Glue's code in Glue mode and `4001` in strict mode. The status
 * is the contract's (a malformed or missing query parameter is 400) even where Glue answers 422.
 */
export function glueInvalidParameter(
  request: GlueRequest,
  parameter: string,
  glueCode: string,
  detail: string,
): GlueHttpException {
  return GlueHttpException.invalidParameter(
    parameter,
    detail,
    request.glueCompatibility ? glueCode : GlueErrorCode.InvalidQueryParameter,
  );
}
