import { ApiOperation } from './api-description.decorators.js';
import type { GlueResourceDefinition } from '../resource/glue-resource.decorator.js';
import type { GlueRoute } from '../routing/route-table.js';
import { declaredSummary, resourceOperationSummary } from './operation-summary.js';

class StoresController {
  list(): void {}
  @ApiOperation({ summary: 'Revoke a refresh token' })
  revoke(): void {}
}

const stores: GlueResourceDefinition = {
  type: 'stores',
  path: 'stores',
  noun: { one: 'a store', many: 'the stores', by: 'name' },
  conventions: ['json-api'],
};

function route(method: string, handlerName: 'list' | 'revoke' = 'list'): GlueRoute {
  return {
    method,
    path: '/stores/:name',
    controller: StoresController,
    handlerName,
    handler: StoresController.prototype[handlerName],
    resource: stores,
    collection: null,
    resourceQuery: null,
    publicCache: null,
    access: { declared: true, public: true, scopes: [] },
  };
}

describe('resourceOperationSummary', () => {
  it.each([
    ['GET', true, 'List the stores'],
    ['GET', false, 'Get a store by name'],
    ['POST', false, 'Create a store'],
    ['PUT', false, 'Replace a store'],
    ['PATCH', false, 'Update a store'],
    ['DELETE', false, 'Delete a store'],
  ])('makes %s (list: %p) into "%s"', (method, list, sentence) => {
    expect(resourceOperationSummary(route(method), stores, list)).toBe(sentence);
  });

  it('leaves "by" out when the resource does not say what its id is', () => {
    const unnamed = { ...stores, noun: { one: 'a store' } };
    expect(resourceOperationSummary(route('GET'), unnamed, false)).toBe('Get a store');
  });

  it("takes the route's @ApiOperation summary over the made sentence", () => {
    expect(declaredSummary(route('DELETE', 'revoke'))).toBe('Revoke a refresh token');
    expect(declaredSummary(route('DELETE'))).toBeUndefined();
    expect(resourceOperationSummary(route('DELETE', 'revoke'), stores, false)).toBe('Revoke a refresh token');
  });

  it('names the route and what to declare when a collection read has no words for it', () => {
    const single = { ...stores, noun: { one: 'a store' } };
    expect(() => resourceOperationSummary(route('GET'), single, true)).toThrow(
      'StoresController.list (GET /stores/:name) of "stores" has no summary: declare noun.many in ' +
        '@GlueResource({ noun }) or @ApiOperation({ summary }) on the route.',
    );
  });
});
