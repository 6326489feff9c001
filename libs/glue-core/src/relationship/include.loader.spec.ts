import type { DiscoveryService } from '@nestjs/core';
import type { GlueRequest } from '../context/glue-request.js';
import type { GlueResourceObject } from '../resource/glue-resource-object.js';
import type {
  GlueAnyResourceObject,
  GlueRelatedResources,
  GlueRelationshipLoader,
} from './glue-relationship.js';
import {
  GlueRelationshipRegistry,
  type GlueIncludePlan,
  type GlueRelationshipEntry,
} from './glue-relationship.registry.js';
import { loadIncludes } from './include.loader.js';
import { DEFAULT_REQUEST_LIMITS, type GlueRequestLimits } from '../limits/request-limits.js';

const resource = (type: string, id: string): GlueResourceObject => ({ type, id, attributes: {} });
const request = {} as GlueRequest;

type RecordingLoader = GlueRelationshipLoader & { calls: string[][] };

/** A loader answering from a fixed table, recording the parents of each call, optionally slow. */
function loader(table: Record<string, readonly GlueResourceObject[]>, delayMs = 0): RecordingLoader {
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

function entry(
  parentType: string,
  relatedType: string,
  load: RecordingLoader,
  cardinality: 'one' | 'many' = 'many',
  name = relatedType,
): GlueRelationshipEntry {
  return { parentType, relatedType, name, cardinality, loader: load };
}

function registry(entries: GlueRelationshipEntry[]): GlueRelationshipRegistry {
  const registry = new GlueRelationshipRegistry({} as DiscoveryService);
  registry.register(entries);
  return registry;
}

function plan(
  relationships: GlueRelationshipRegistry,
  type: string,
  include: string[],
  glue: boolean,
): GlueIncludePlan {
  const planned = relationships.includePlan(type, include, glue);
  if (!planned) throw new Error('nothing to load');
  return planned;
}

const keys = (resources: readonly GlueAnyResourceObject[]): string[] =>
  resources.map((each) => `${each.type}:${each.id}`);

/** products ⇄ variants (a cycle), variants → prices, products → tags. */
function catalog() {
  const variantA = resource('variants', 'A');
  const variantB = resource('variants', 'B');
  const variantC = resource('variants', 'C');
  const variantD = resource('variants', 'D');
  const price = resource('prices', 'P');
  const loaders = {
    variants: loader({ '1': [variantA, variantB], '2': [variantB], '3': [variantC, variantD] }, 5),
    prices: loader({ A: [price], B: [price], D: [resource('prices', 'Q')] }),
    products: loader({
      A: [resource('products', '1')],
      B: [resource('products', '1')],
      C: [resource('products', '3')],
      D: [resource('products', '3')],
    }),
    tags: loader({ '1': [resource('tags', 'T')], '3': [resource('tags', 'U')] }),
  };
  const relationships = registry([
    entry('products', 'variants', loaders.variants),
    entry('variants', 'prices', loaders.prices),
    entry('variants', 'products', loaders.products, 'one'),
    entry('products', 'tags', loaders.tags),
  ]);
  return { loaders, relationships, variantC };
}

describe('loadIncludes, strict: relationship paths', () => {
  it('calls each loader once for every parent on its paths, and includes each resource once', async () => {
    const { loaders, relationships } = catalog();
    const tree = plan(relationships, 'products', ['variants.prices', 'variants.products', 'tags'], false);
    const primary = [resource('products', '1'), resource('products', '2')];
    const includes = await loadIncludes(tree, primary, request, DEFAULT_REQUEST_LIMITS);

    expect(loaders.variants.calls).toEqual([['1', '2']]);
    expect(loaders.prices.calls).toEqual([['A', 'B']]);
    // Breadth first, in plan order, although `tags` answers before the slower `variants`.
    expect(keys(includes.included)).toEqual(['variants:A', 'variants:B', 'tags:T', 'prices:P']);
    expect(includes.relationships.get('products:1')?.get('variants')).toEqual({
      cardinality: 'many',
      identifiers: [
        { type: 'variants', id: 'A' },
        { type: 'variants', id: 'B' },
      ],
      relatedPath: '/products/1/related',
    });
    expect([...(includes.relationships.get('products:1')?.keys() ?? [])]).toEqual(['variants', 'tags']);
    // A to-one relationship links one identifier; primary data is never repeated in `included`.
    expect(includes.relationships.get('variants:B')?.get('products')).toMatchObject({
      cardinality: 'one',
      identifiers: [{ type: 'products', id: '1' }],
    });
    expect(includes.relationships.get('products:2')?.get('tags')?.identifiers).toEqual([]);
  });

  it('follows a path only where it was asked: variants reached by another path load nothing more', async () => {
    const { loaders, relationships } = catalog();
    const tree = plan(relationships, 'products', ['variants', 'tags'], false);
    const includes = await loadIncludes(tree, [resource('products', '1')], request, DEFAULT_REQUEST_LIMITS);
    expect(loaders.prices.calls).toEqual([]);
    expect(includes.relationships.has('variants:A')).toBe(false);
  });

  it('refuses an unknown step with 400 on include, naming what exists', () => {
    const { relationships } = catalog();
    expect(() => relationships.includePlan('products', ['variants.colors'], false)).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ status: 400, source: { parameter: 'include' } })],
      }),
    );
    expect(() => relationships.includePlan('products', ['prices'], false)).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ status: 400 })] }),
    );
  });

  it('lists the longest include paths within a depth, cycles included', () => {
    const { relationships } = catalog();
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
    const tags = entry('products', 'tags', loader({}));
    expect(() => registry([tags, tags])).toThrow('Relationship "tags" of "products" is registered twice.');
  });
});

describe('loadIncludes, Glue mode: names by type at any depth', () => {
  it('includes a type wherever the document relates to it: tags of the product of a variant', async () => {
    const { loaders, relationships } = catalog();
    // `tags` alone: the variants' products are the shortest way to them, included and linked.
    for (const include of [['tags'], ['tags', 'products']]) {
      const glue = plan(relationships, 'variants', include, true);
      const primary = [resource('variants', 'A'), resource('variants', 'B')];
      const includes = await loadIncludes(glue, primary, request, DEFAULT_REQUEST_LIMITS);
      expect(keys(includes.included)).toEqual(['products:1', 'tags:T']);
      expect(includes.relationships.get('variants:A')?.get('products')?.identifiers).toEqual([
        { type: 'products', id: '1' },
      ]);
      expect(includes.relationships.get('products:1')?.get('tags')?.identifiers).toEqual([
        { type: 'tags', id: 'T' },
      ]);
    }
    expect(loaders.products.calls).toEqual([
      ['A', 'B'],
      ['A', 'B'],
    ]);
    expect(loaders.tags.calls).toEqual([['1'], ['1']]);
    // Only the shortest way: prices of a variant do not bring its product's other variants.
    const prices = plan(relationships, 'variants', ['prices'], true);
    expect([...prices.byType.keys()]).toEqual(['variants']);
  });

  it('ignores names and path steps that match nothing, keeping the steps before them', () => {
    const { relationships } = catalog();
    expect(relationships.includePlan('products', ['product-labels', 'bundled-products'], true)).toBeNull();
    const lenient = plan(relationships, 'products', ['variants.colors', 'nope'], true);
    expect(lenient.paths.map((node) => node.relationship.name)).toEqual(['variants']);
    expect(lenient.paths[0]?.children).toEqual([]);
    expect(lenient.byType.size).toBe(0);
  });

  it('loads a type reached at several depths in one call, after the cycle that brings it settles', async () => {
    const { loaders, relationships, variantC } = catalog();
    const glue = plan(relationships, 'variants', ['products', 'variants', 'prices'], true);
    const includes = await loadIncludes(glue, [variantC], request, DEFAULT_REQUEST_LIMITS);
    // C → product 3 → variants C, D → D's product (3 again): the cycle runs in rounds and ends.
    expect(loaders.products.calls).toEqual([['C'], ['D']]);
    expect(loaders.variants.calls).toEqual([['3']]);
    // Prices of C (depth 0) and D (depth 2) in one call.
    expect(loaders.prices.calls).toEqual([['C', 'D']]);
    expect(keys(includes.included)).toEqual(['products:3', 'variants:D', 'prices:Q']);
    expect(includes.relationships.get('variants:D')?.get('products')?.identifiers).toEqual([
      { type: 'products', id: '3' },
    ]);
  });

  it('loads a relationship once for parents reached by a short and a long way', async () => {
    const x = loader({ x: [resource('w', 'w1')] });
    const z = loader({ x: [resource('z', 'z1')], w1: [resource('z', 'z2')] });
    const q = loader({ z1: [resource('q', 'q1')], z2: [resource('q', 'q2')] });
    const relationships = registry([
      entry('x', 'w', x),
      entry('x', 'z', z),
      entry('w', 'z', z, 'many', 'z'),
      entry('z', 'q', q),
    ]);
    const glue = plan(relationships, 'x', ['q', 'z', 'w'], true);
    const includes = await loadIncludes(glue, [resource('x', 'x')], request, DEFAULT_REQUEST_LIMITS);
    expect(q.calls).toEqual([['z1', 'z2']]);
    expect(keys(includes.included).sort()).toEqual(['q:q1', 'q:q2', 'w:w1', 'z:z1', 'z:z2']);
  });

  it('stops at the include depth limit, so a cycle of one type ends too', async () => {
    const parent = loader({
      n1: [resource('nodes', 'n2')],
      n2: [resource('nodes', 'n3')],
      n3: [resource('nodes', 'n4')],
      n4: [resource('nodes', 'n1')],
    });
    const relationships = registry([entry('nodes', 'nodes', parent, 'one', 'parent')]);
    const glue = plan(relationships, 'nodes', ['nodes'], true);
    const limits: GlueRequestLimits = { ...DEFAULT_REQUEST_LIMITS, maxIncludeDepth: 2 };
    const includes = await loadIncludes(glue, [resource('nodes', 'n1')], request, limits);
    expect(parent.calls).toEqual([['n1'], ['n2']]);
    expect(keys(includes.included)).toEqual(['nodes:n2', 'nodes:n3']);
    expect(includes.relationships.has('nodes:n3')).toBe(false);
    // With room for the whole ring it ends where it started: n4 links back to primary n1.
    const ring = await loadIncludes(glue, [resource('nodes', 'n1')], request, {
      ...DEFAULT_REQUEST_LIMITS,
      maxIncludeDepth: 50,
    });
    expect(keys(ring.included)).toEqual(['nodes:n2', 'nodes:n3', 'nodes:n4']);
    expect(ring.relationships.get('nodes:n4')?.get('parent')?.identifiers).toEqual([
      { type: 'nodes', id: 'n1' },
    ]);
  });

  it('combines names with dotted paths: a path anchored at primary data, names everywhere', async () => {
    const { loaders, relationships } = catalog();
    const glue = plan(relationships, 'products', ['variants.prices', 'tags'], true);
    const includes = await loadIncludes(glue, [resource('products', '3')], request, DEFAULT_REQUEST_LIMITS);
    expect(keys(includes.included)).toEqual(['variants:C', 'variants:D', 'tags:U', 'prices:Q']);
    expect(loaders.prices.calls).toEqual([['C', 'D']]);
  });

  it('refuses with 4005 once more than maxIncludedResources are reached, starting no other loader', async () => {
    const { loaders, relationships } = catalog();
    const glue = plan(relationships, 'products', ['variants', 'prices'], true);
    const limits: GlueRequestLimits = { ...DEFAULT_REQUEST_LIMITS, maxIncludedResources: 1 };
    await expect(loadIncludes(glue, [resource('products', '1')], request, limits)).rejects.toMatchObject({
      errors: [expect.objectContaining({ status: 400, code: '4005', source: { parameter: 'include' } })],
    });
    expect(loaders.prices.calls).toEqual([]);
  });
});
