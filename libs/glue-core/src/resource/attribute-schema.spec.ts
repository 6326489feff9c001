import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { Nullable, StringEnum } from './attribute-schema.js';

describe('StringEnum', () => {
  const SALUTATIONS = ['Mr', 'Ms'] as const;

  it('lists the values in the JSON Schema, so the OpenAPI document shows them', () => {
    expect(JSON.parse(JSON.stringify(StringEnum(SALUTATIONS)))).toEqual({
      anyOf: [
        { type: 'string', const: 'Mr' },
        { type: 'string', const: 'Ms' },
      ],
    });
  });

  it('accepts the listed values only, alone and inside other schemas', () => {
    const schema = Type.Object({ salutation: Nullable(StringEnum(SALUTATIONS)) });
    expect(Value.Check(schema, { salutation: 'Ms' })).toBe(true);
    expect(Value.Check(schema, { salutation: null })).toBe(true);
    expect(Value.Check(schema, { salutation: 'Dr' })).toBe(false);
  });
});
