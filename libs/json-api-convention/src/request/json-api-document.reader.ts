import { GlueErrorCode, GlueHttpException, type GlueBodyTarget, type GlueRequestBody } from '#glue-core';

/**
 * Reads a JSON:API request document: `data` must be a resource object of the endpoint's type
 * (409 otherwise), a client-generated `id` on creation is refused (403), an update's `id` must
 * match the URL (409), and `attributes` must be an object (400).
 */
export function readJsonApiDocument(body: unknown, target: GlueBodyTarget): GlueRequestBody {
  if (!isObject(body)) throw malformed('The request document must be a JSON object.', '');
  const data = body['data'];
  if (!isObject(data)) throw malformed('The request document must have a "data" object.', '/data');
  const type = data['type'];
  if (typeof type !== 'string') throw malformed('"data.type" must be a string.', '/data/type');
  if (type !== target.type) {
    throw GlueHttpException.conflict(`This endpoint takes "${target.type}", not "${type}".`, {
      pointer: '/data/type',
    });
  }
  const id = data['id'];
  if (id !== undefined && typeof id !== 'string') throw malformed('"data.id" must be a string.', '/data/id');
  if (target.method === 'POST' && id !== undefined) {
    throw GlueHttpException.forbidden(
      'Client-generated ids are not supported by this endpoint.',
      { pointer: '/data/id' },
      GlueErrorCode.ClientIdNotSupported,
    );
  }
  if (target.method === 'PATCH' && target.id !== null) {
    if (id === undefined) throw malformed('"data.id" is required when updating a resource.', '/data/id');
    if (id !== target.id) {
      throw GlueHttpException.conflict(`"data.id" must be "${target.id}", the id in the URL.`, {
        pointer: '/data/id',
      });
    }
  }
  const attributes = data['attributes'] ?? {};
  if (!isObject(attributes)) throw malformed('"data.attributes" must be an object.', '/data/attributes');
  return { attributes, id: id ?? null };
}

function malformed(detail: string, pointer: string): GlueHttpException {
  return GlueHttpException.badRequest(detail, { pointer }, GlueErrorCode.MalformedDocument);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
