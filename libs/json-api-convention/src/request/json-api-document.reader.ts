import { GlueErrorCode, GlueHttpException, type GlueBodyTarget, type GlueRequestBody } from '#glue-core';

/**
 * Reads a JSON:API request document: `data` must be a resource object of the endpoint's type
 * (409 otherwise; in Glue compatibility mode 400, as Glue answers), a client-generated `id` on
 * creation is refused (403), an update's `id` must match the URL (409; in Glue compatibility mode
 * an update without one takes the URL's), and `attributes` must be an object (400).
 */
export function readJsonApiDocument(body: unknown, target: GlueBodyTarget): GlueRequestBody {
  if (!isObject(body)) throw malformed('The request document must be a JSON object.', '');
  const data = body['data'];
  if (!isObject(data)) throw malformed('The request document must have a "data" object.', '/data');
  const type = data['type'];
  if (typeof type !== 'string') throw malformed('"data.type" must be a string.', '/data/type');
  if (type !== target.type) {
    const detail = `This endpoint takes "${target.type}", not "${type}".`;
    if (target.glueCompatibility) throw malformed(detail, '/data/type');
    throw GlueHttpException.conflict(detail, { pointer: '/data/type' });
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
  let resolvedId = id ?? null;
  if (target.method === 'PATCH' && target.id !== null) {
    if (id === undefined) {
      // Glue's clients send updates without `data.id`; Glue takes the URL's.
      if (!target.glueCompatibility) {
        throw malformed('"data.id" is required when updating a resource.', '/data/id');
      }
      resolvedId = target.id;
    } else if (id !== target.id) {
      throw GlueHttpException.conflict(`"data.id" must be "${target.id}", the id in the URL.`, {
        pointer: '/data/id',
      });
    }
  }
  const attributes = data['attributes'] ?? {};
  if (!isObject(attributes)) throw malformed('"data.attributes" must be an object.', '/data/attributes');
  return { attributes, id: resolvedId };
}

/**
 * Whether a parsed body is a JSON:API document rather than plain JSON: an object with a `data`
 * member (every request document has one). Glue compatibility mode reads such a body as JSON:API
 * whatever its generic label (`application/json`, `text/plain`).
 */
export function isJsonApiDocument(body: unknown): boolean {
  return isObject(body) && 'data' in body;
}

function malformed(detail: string, pointer: string): GlueHttpException {
  return GlueHttpException.badRequest(detail, { pointer }, GlueErrorCode.MalformedDocument);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
