import type { DiscoveryService } from '@nestjs/core';
import type { GlueRequest } from '../context/glue-request.js';
import type { GlueResourceObject } from '../resource/glue-resource-object.js';
import type { GlueRelatedResources, GlueRelationshipLoader } from './glue-relationship.js';
import { GlueRelationshipRegistry, type GlueRelationshipEntry } from './glue-relationship.registry.js';
import { loadIncludes } from './include.loader.js';
import { DEFAULT_REQUEST_LIMITS } from '../limits/request-limits.js';

const resource = (type: string, id: string): GlueResourceObject => ({ type, id, attributes: {} });
const request = {} as GlueRequest;

/** A loader answering from a fixed table, recording the parents of each call, optionally slow. */
function loader(
  table: Record<string, readonly GlueResourceObject[]>,
  delayMs = 0,
): GlueRelationshipLoader & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async load(parents): Promise<GlueRelatedResources> {
      calls.push(parents.map((parent) => parent.id));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return new Map(parents.map((parent) => [parent.id, table[parent.id] ?? []]));
    },
    relatedPath: (parent) => `/products/${parent.id}/related`,
  };
}

function registry(entries: GlueRelationshipEntry[]): GlueRelationshipRegistry {
  const registry = new GlueRelationshipRegistry({} as DiscoveryService);
  registry.register(entries);
  return registry;
}

describe('loadIncludes', () => {
  const variantA = resource('variants', 'A');
  const variantB = resource('variants', 'B');
  const price = resource('prices', 'P');
  const variants = loader({ '1': [variantA, variantB], '2': [variantB] }, 5);
  const prices = loader({ A: [price], B: [price] });
  const products = loader({ A: [resource('products', '1')], B: [resource('products', '1')] });
  const tags = loader({ '1': [resource('tags', 'T')] }, 0);
  const relationships = registry([
    {
      parentType: 'products',
      relatedType: 'variants',
      name: 'variants',
      cardinality: 'many',
      loader: variants,
    },
    { parentType: 'variants', relatedType: 'prices', name: 'prices', cardinality: 'many', loader: prices },
    {
      parentType: 'variants',
      relatedType: 'products',
      name: 'products',
      cardinality: 'one',
      loader: products,
    },
    { parentType: 'products', relatedType: 'tags', name: 'tags', cardinality: 'many', loader: tags },
  ]);

  it('calls each loader once per path for every parent, and includes each resource once', async () => {
    const tree = relationships.includeTree('products', ['variants.prices', 'variants.products', 'tags']);
    const primary = [resource('products', '1'), resource('products', '2')];
    const includes = await loadIncludes(tree, primary, request, DEFAULT_REQUEST_LIMITS);

    expect(variants.calls).toEqual([['1', '2']]);
    expect(prices.calls).toEqual([['A', 'B']]);
    // In request order although `tags` answers before the slower `variants`.
    expect(includes.included.map((item) => `${item.type}:${item.id}`)).toEqual([
      'variants:A',
      'variants:B',
      'prices:P',
      'tags:T',
    ]);
    expect(includes.relationships.get('products:1')?.get('variants')).toEqual({
      data: [
        { type: 'variants', id: 'A' },
        { type: 'variants', id: 'B' },
      ],
      relatedPath: '/products/1/related',
    });
    expect([...(includes.relationships.get('products:1')?.keys() ?? [])]).toEqual(['variants', 'tags']);
    // A to-one relationship links one identifier; primary data is never repeated in `included`.
    expect(includes.relationships.get('variants:B')?.get('products')?.data).toEqual({
      type: 'products',
      id: '1',
    });
    expect(includes.relationships.get('products:2')?.get('tags')?.data).toEqual([]);
  });

  it('refuses an unknown step with 400 on include, naming what exists', () => {
    expect(() => relationships.includeTree('products', ['variants.colors'])).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ status: 400, source: { parameter: 'include' } })],
      }),
    );
  });

  it('lists the longest include paths within a depth, cycles included', () => {
    expect(relationships.includePaths('products', 2)).toEqual([
      'variants.prices',
      'variants.products',
      'tags',
    ]);
    expect(relationships.includePaths('products', 3)).toEqual([
      'variants.prices',
      'variants.products.variants',
      'variants.products.tags',
      'tags',
    ]);
    expect(relationships.includePaths('prices', 3)).toEqual([]);
  });

  it('refuses two loaders for one relationship at start', () => {
    const entry: GlueRelationshipEntry = {
      parentType: 'products',
      relatedType: 'tags',
      name: 'tags',
      cardinality: 'many',
      loader: tags,
    };
    expect(() => registry([entry, entry])).toThrow('Relationship "tags" of "products" is registered twice.');
  });
});
