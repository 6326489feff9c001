import { PATH_METADATA } from '@nestjs/common/constants.js';
import { Type } from '@sinclair/typebox';
import { GlueHttpException, type GlueRequest, type GlueResourceObject } from '#glue-core';
import type { ProductParent } from './product-child.js';
import { childAttributes, storefrontProductChild } from './storefront-product-child.js';

interface Widget {
  readonly sku: string;
  readonly idWidget: number;
}

/** Where the parent looks widgets up (the storefront's is the published catalog). */
class WidgetLookup {
  readonly catalog = 'widgets';
}

/** A parent that knows two widgets; any other sku is 404, as a product parent answers. */
const WIDGET_PARENT: ProductParent<Widget, WidgetLookup> = {
  type: 'widgets',
  noun: 'a widget',
  id: (widget) => widget.idWidget,
  lookup: WidgetLookup,
  find: (_lookup, sku, _request, code = '007') => {
    const widget = { 'W 1': { sku: 'W 1', idWidget: 1 }, W2: { sku: 'W2', idWidget: 2 } }[sku];
    if (!widget) {
      return Promise.reject(
        GlueHttpException.of({ status: 404, code, title: 'Not found', detail: `No widget "${sku}".` }),
      );
    }
    return Promise.resolve(widget);
  },
};

/** The colours of widgets, by sku; W2 has none, a widget the facade forgot (W3) has no resource. */
class ColourFacade {
  readonly calls: (readonly string[])[] = [];

  getColours(skus: readonly string[]): Promise<ReadonlyMap<string, readonly string[]>> {
    this.calls.push(skus);
    return Promise.resolve(
      new Map(skus.filter((sku) => sku !== 'W3').map((sku) => [sku, sku === 'W 1' ? ['red'] : []])),
    );
  }
}

const request = {} as GlueRequest;
const checked: GlueRequest[] = [];
const WIDGET_COLOURS = storefrontProductChild(WIDGET_PARENT, {
  type: 'widget-colours',
  noun: { one: 'the colours', many: 'the colours' },
  facade: ColourFacade,
  attributes: childAttributes(
    Type.Object({ colours: Type.Array(Type.String()) }),
    (colours: readonly string[] | undefined) => colours && { colours },
  ),
  checkRequest: (each) => checked.push(each),
  notFoundCode: '399',
  load: (facade, skus) => facade.getColours(skus),
});

type Relationship = {
  load(parents: readonly GlueResourceObject<object, Widget>[], request: GlueRequest): Promise<unknown>;
  relatedPath(parent: GlueResourceObject<object, Widget>): string;
};
type Controller = { list(request: GlueRequest, sku: string): Promise<unknown> };

describe('storefrontProductChild', () => {
  const parent = (widget: Widget): GlueResourceObject<object, Widget> => ({
    type: 'widgets',
    id: widget.sku,
    attributes: {},
    source: widget,
  });

  it('declares the child route under its parent, named like a hand-written pair', () => {
    expect(Reflect.getMetadata(PATH_METADATA, WIDGET_COLOURS.controller)).toBe('widgets/:sku/widget-colours');
    expect(WIDGET_COLOURS.controller.name).toBe('WidgetWidgetColoursController');
    expect(WIDGET_COLOURS.relationship.name).toBe('WidgetWidgetColoursRelationship');
  });

  it('loads the children of every parent in one facade call, one resource each, its id the sku', async () => {
    const facade = new ColourFacade();
    const relationship = new WIDGET_COLOURS.relationship(facade) as Relationship;
    const widgets = [
      { sku: 'W 1', idWidget: 1 },
      { sku: 'W2', idWidget: 2 },
      { sku: 'W3', idWidget: 3 },
    ];

    const loaded = await relationship.load(widgets.map(parent), request);

    expect(facade.calls).toEqual([['W 1', 'W2', 'W3']]);
    expect(loaded).toEqual(
      new Map([
        [
          'W 1',
          [
            {
              type: 'widget-colours',
              id: 'W 1',
              selfPath: '/widgets/W%201/widget-colours',
              attributes: { colours: ['red'] },
            },
          ],
        ],
        ['W2', [expect.objectContaining({ id: 'W2', attributes: { colours: [] } })]],
        ['W3', []],
      ]),
    );
    expect(relationship.relatedPath(parent(widgets[0]!))).toBe('/widgets/W%201/widget-colours');
  });

  it("answers a parent's children as a collection, checking the request before the lookup, 404 with the child's code", async () => {
    const facade = new ColourFacade();
    const controller = new WIDGET_COLOURS.controller({}, facade) as Controller;

    await expect(controller.list(request, 'W2')).resolves.toEqual({
      kind: 'collection',
      resources: [expect.objectContaining({ type: 'widget-colours', id: 'W2' })],
      total: 1,
    });
    checked.length = 0;
    const unknown = controller.list(request, 'W9');
    await expect(unknown).rejects.toBeInstanceOf(GlueHttpException);
    await expect(unknown).rejects.toMatchObject({ errors: [expect.objectContaining({ code: '399' })] });
    expect(checked).toEqual([request]);
    expect(facade.calls).toEqual([['W2']]);
  });
});
