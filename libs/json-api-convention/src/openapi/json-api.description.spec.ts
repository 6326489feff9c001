import type { GlueResultDescription, GlueSchemaComponents, JsonSchema } from '#glue-core';
import { describeJsonApiResult } from './json-api.description.js';

/** Components that inline every schema, so a test can walk the result. */
const inline: GlueSchemaComponents = { ref: (_name, build) => build() };

function result(glueCompatibility: boolean): GlueResultDescription {
  return {
    resource: {
      type: 'concrete-products',
      attributes: null,
      nullableId: false,
      relationships: [
        {
          parentType: 'concrete-products',
          relatedType: 'abstract-products',
          name: 'abstract-products',
          cardinality: 'one',
        },
        {
          parentType: 'concrete-products',
          relatedType: 'concrete-product-prices',
          name: 'concrete-product-prices',
          cardinality: 'many',
        },
      ],
    },
    collection: false,
    paginated: false,
    included: [],
    glueCompatibility,
  };
}

/** The linkage schema (`data`) of one relationship of the primary resource. */
function linkage(description: GlueResultDescription, name: string): JsonSchema | undefined {
  const path = [
    'properties',
    'data',
    'properties',
    'relationships',
    'properties',
    name,
    'properties',
    'data',
  ];
  let node: unknown = describeJsonApiResult(description, inline).schema;
  for (const step of path) node = (node as Record<string, unknown> | undefined)?.[step];
  return node as JsonSchema | undefined;
}

describe('describeJsonApiResult: relationship linkage', () => {
  it('describes a to-one relationship as an object or null in strict mode', () => {
    expect(linkage(result(false), 'abstract-products')).toEqual({
      anyOf: [expect.objectContaining({ type: 'object', required: ['type', 'id'] }), { type: 'null' }],
    });
  });

  it('describes a to-one relationship as an array of at most one in Glue mode', () => {
    expect(linkage(result(true), 'abstract-products')).toMatchObject({
      type: 'array',
      maxItems: 1,
      items: { type: 'object', properties: { type: { const: 'abstract-products' } } },
    });
  });

  it('describes a to-many relationship as an array in both modes', () => {
    for (const glue of [false, true]) {
      expect(linkage(result(glue), 'concrete-product-prices')).toMatchObject({ type: 'array' });
      expect(linkage(result(glue), 'concrete-product-prices')).not.toHaveProperty('maxItems');
    }
  });
});
