import { Type } from '@sinclair/typebox';
import { SchemaComponents } from './schema-components.js';

describe('SchemaComponents', () => {
  it('names two classes that share a name apart, and each class once', () => {
    const components = new SchemaComponents();
    const first = class Attributes {
      readonly first = true;
    };
    const second = class Attributes {
      readonly second = true;
    };
    expect(components.refForClass(first, () => ({ title: 'first' }))).toEqual({
      $ref: '#/components/schemas/Attributes',
    });
    expect(components.refForClass(second, () => ({ title: 'second' }))).toEqual({
      $ref: '#/components/schemas/Attributes2',
    });
    expect(components.refForClass(first, () => ({ title: 'again' }))).toEqual({
      $ref: '#/components/schemas/Attributes',
    });
    expect(components.toJSON()).toEqual({ Attributes: { title: 'first' }, Attributes2: { title: 'second' } });
  });

  it('moves a recursive schema ($id) into the components, however often it is used', () => {
    const Node = Type.Recursive((self) => Type.Object({ name: Type.String(), children: Type.Array(self) }), {
      $id: 'TreeNode',
    });
    const attributes = JSON.parse(JSON.stringify(Type.Object({ roots: Type.Array(Node) }))) as Record<
      string,
      unknown
    >;
    const components = new SchemaComponents();
    const hoisted = components.hoistIdentified(attributes);
    expect(components.hoistIdentified(attributes)).toEqual(hoisted);
    expect(hoisted).toEqual({
      type: 'object',
      required: ['roots'],
      properties: { roots: { type: 'array', items: { $ref: '#/components/schemas/TreeNode' } } },
    });
    expect(components.toJSON()).toEqual({
      TreeNode: {
        type: 'object',
        required: ['name', 'children'],
        properties: {
          name: { type: 'string' },
          children: { type: 'array', items: { $ref: '#/components/schemas/TreeNode' } },
        },
      },
    });
    expect(JSON.stringify(components.toJSON())).not.toContain('$id');
  });
});
