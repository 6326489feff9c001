import type {
  GlueBodyDescription,
  GlueRelationshipDefinition,
  GlueRequestBodyDescription,
  GlueRequestBodySchema,
  GlueResourceDescription,
  GlueResultDescription,
  GlueSchemaComponents,
  JsonSchema,
} from '#glue-core';

/**
 * The JSON:API 1.1 documents this convention writes, as JSON Schema for the OpenAPI document: the
 * same shapes `buildJsonApiDocument`, `readJsonApiDocument` and `formatJsonApiErrors` produce.
 */

/** Links are absolute URLs on the application's public base, queries percent-encoded (RFC 3986). */
const LINK: JsonSchema = {
  type: 'string',
  format: 'uri',
  description: 'An absolute URL; its query is percent-encoded (`page%5Boffset%5D=0`).',
};

const JSON_API_OBJECT: JsonSchema = {
  type: 'object',
  required: ['version'],
  properties: { version: { const: '1.1' } },
  additionalProperties: false,
};

const PAGINATION_LINKS: JsonSchema = {
  type: 'object',
  required: ['self', 'first', 'last'],
  properties: {
    self: LINK,
    first: LINK,
    prev: { anyOf: [LINK, { type: 'null' }] },
    next: { anyOf: [LINK, { type: 'null' }] },
    last: LINK,
  },
  additionalProperties: false,
};

const PAGE_META: JsonSchema = {
  type: 'object',
  required: ['page'],
  properties: {
    page: {
      type: 'object',
      required: ['total', 'offset', 'limit'],
      properties: {
        total: { type: 'integer', minimum: 0 },
        offset: { type: 'integer', minimum: 0 },
        limit: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

const SELF_LINKS: JsonSchema = {
  type: 'object',
  required: ['self'],
  properties: { self: LINK },
  additionalProperties: false,
};

export function describeJsonApiResult(
  result: GlueResultDescription,
  components: GlueSchemaComponents,
): GlueBodyDescription {
  const { glueCompatibility } = result;
  const resource = resourceObject(result.resource, components, glueCompatibility);
  const included = uniqueByType(result.included).map((each) =>
    resourceObject(each, components, glueCompatibility),
  );
  return {
    schema: {
      type: 'object',
      required: ['jsonapi', 'data', 'links', ...(result.collection ? ['meta'] : [])],
      properties: {
        jsonapi: components.ref('json-api.jsonapi', () => JSON_API_OBJECT),
        data: result.collection ? { type: 'array', items: resource } : resource,
        ...(included.length > 0 && {
          included: {
            type: 'array',
            description: 'The resources `include` asked for, each once.',
            items: included.length === 1 ? included[0] : { oneOf: included },
          },
        }),
        links: result.paginated
          ? components.ref('json-api.pagination-links', () => PAGINATION_LINKS)
          : components.ref('json-api.links', () => SELF_LINKS),
        ...(result.collection && { meta: components.ref('json-api.page-meta', () => PAGE_META) }),
      },
      additionalProperties: false,
    },
  };
}

/**
 * A resource object of `type`: its attributes as declared, none of them required because a sparse
 * fieldset (`fields[type]`) may leave any out, and the relationships `include` can show.
 */
function resourceObject(
  resource: GlueResourceDescription,
  components: GlueSchemaComponents,
  glueCompatibility: boolean,
): JsonSchema {
  return components.ref(`json-api.${resource.type}`, () => {
    const { required: _all, ...attributes } = resource.attributes ?? {
      type: 'object',
      description: `The ${resource.type} resource declares no attributes schema.`,
    };
    return {
      type: 'object',
      required: ['type', 'id', 'attributes', 'links'],
      properties: {
        type: { const: resource.type },
        id: resource.nullableId
          ? {
              type: ['string', 'null'],
              description:
                'Glue compatibility mode: `null`, as Glue sends it (the resource is not kept under an id).',
            }
          : { type: 'string' },
        attributes: {
          ...attributes,
          description: [
            attributes['description'],
            'Any attribute may be left out by a sparse fieldset (`fields[type]`).',
          ]
            .filter((line) => typeof line === 'string')
            .join(' '),
        },
        ...(resource.relationships.length > 0 && {
          relationships: {
            type: 'object',
            description: 'The relationships `include` loaded.',
            properties: Object.fromEntries(
              resource.relationships.map((relationship) => [
                relationship.name,
                relationshipObject(relationship, glueCompatibility),
              ]),
            ),
            additionalProperties: false,
          },
        }),
        links: SELF_LINKS,
      },
      additionalProperties: false,
    };
  });
}

/**
 * A relationship object. Linkage of a to-many relationship is an array; of a to-one, the identifier
 * or `null`, or in Glue mode (as Glue renders every relationship) an array of at most one.
 */
function relationshipObject(
  relationship: GlueRelationshipDefinition,
  glueCompatibility: boolean,
): JsonSchema {
  const identifier: JsonSchema = {
    type: 'object',
    required: ['type', 'id'],
    properties: { type: { const: relationship.relatedType }, id: { type: 'string' } },
    additionalProperties: false,
  };
  const toOne = relationship.cardinality === 'one';
  return {
    type: 'object',
    required: ['data'],
    properties: {
      data: !toOne
        ? { type: 'array', items: identifier }
        : glueCompatibility
          ? {
              type: 'array',
              items: identifier,
              maxItems: 1,
              description: 'A to-one relationship: an array of one identifier, or empty (Glue mode).',
            }
          : { anyOf: [identifier, { type: 'null' }] },
      links: {
        type: 'object',
        required: ['related'],
        properties: { related: LINK },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}

/**
 * `{ data: { type, id?, attributes } }`: an update names the id in the URL; a creation names none
 * (a client-generated id is refused with 403).
 */
export function describeJsonApiRequestBody(body: GlueRequestBodyDescription): GlueRequestBodySchema {
  const creation = body.method === 'POST';
  const update = body.method === 'PATCH' && body.idInPath;
  return {
    schema: {
      type: 'object',
      required: ['data'],
      properties: {
        data: {
          type: 'object',
          required: ['type', 'attributes', ...(update ? ['id'] : [])],
          properties: {
            type: { const: body.type },
            ...(!creation && { id: { type: 'string', description: 'The id in the URL.' } }),
            attributes: body.attributes,
          },
        },
      },
    },
    errorStatuses: creation ? [400, 403, 409] : [400, 409],
  };
}

export function describeJsonApiErrors(components: GlueSchemaComponents): JsonSchema {
  return components.ref('json-api.errors', () => ({
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: components.ref('json-api.error', () => ({
          type: 'object',
          required: ['status', 'code', 'title'],
          properties: {
            status: { type: 'string', pattern: '^[1-5][0-9]{2}$', description: 'The HTTP status.' },
            code: { type: 'string', description: 'A stable code (docs/error-codes.md).' },
            title: { type: 'string' },
            detail: { type: 'string' },
            source: {
              type: 'object',
              properties: {
                pointer: { type: 'string', description: 'JSON pointer into the request document.' },
                parameter: { type: 'string', description: 'The query parameter.' },
                header: { type: 'string', description: 'The request header.' },
              },
              additionalProperties: false,
            },
          },
          additionalProperties: false,
        })),
      },
      links: components.ref('json-api.links', () => SELF_LINKS),
    },
    additionalProperties: false,
  }));
}

function uniqueByType(resources: readonly GlueResourceDescription[]): GlueResourceDescription[] {
  return [...new Map(resources.map((resource) => [resource.type, resource])).values()];
}
