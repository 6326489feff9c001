import type { GlueRequest } from '#glue-core';

/**
 * The request's store (`Store` header, else the application's default). Store-scoped resources need
 * one, so an application without a store resolver serving them is a wiring error, not the client's.
 */
export function requestStore(request: GlueRequest): string {
  if (request.store === null) {
    throw new Error(`${request.application} has no store resolver: store-scoped resources need one.`);
  }
  return request.store;
}
