import type { GlueError } from '#glue-core';

export interface JsonApiErrorObject {
  readonly status: string;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly source?: { readonly pointer?: string; readonly parameter?: string; readonly header?: string };
}

/** JSON:API error objects: `status` as a string, the message in `detail`. */
export function formatJsonApiErrors(errors: readonly GlueError[]): { errors: JsonApiErrorObject[] } {
  return {
    errors: errors.map((error) => {
      const { pointer, parameter, header } = error.source ?? {};
      const source = {
        ...(pointer !== undefined && { pointer }),
        ...(parameter !== undefined && { parameter }),
        ...(header !== undefined && { header }),
      };
      return {
        status: String(error.status),
        code: error.code,
        title: error.title,
        ...(error.detail !== undefined && { detail: error.detail }),
        ...(Object.keys(source).length > 0 && { source }),
      };
    }),
  };
}
