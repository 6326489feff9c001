import type { GlueRequest } from '#glue-core';

/** The negotiated locale; catalog resources need one, so an application without stores is a wiring error. */
export function requestLocale(request: GlueRequest): string {
  if (request.locale === null) {
    throw new Error(`${request.application} has no store resolver: localized resources need one.`);
  }
  return request.locale;
}
