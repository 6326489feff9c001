import type { Request } from 'express';

/** `scheme://host` as the client called the application (honours `trust proxy`); links are built on it. */
export function requestOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

/** The full URL the client requested, query included: a document's `links.self`. */
export function requestUrl(request: Request): string {
  return `${requestOrigin(request)}${request.originalUrl}`;
}
