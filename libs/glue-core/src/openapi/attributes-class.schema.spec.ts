import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Omittable } from '../resource/omittable.decorator.js';
import { attributesClassSchema } from './attributes-class.schema.js';
import { SchemaComponents } from './schema-components.js';

function IsShoeSize(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isShoeSize',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: { validate: (value: unknown) => value === 42 },
    });
}

class LineInput {
  @Matches(/^[A-Z]{3}-\d+$/)
  readonly sku!: string;

  @IsInt()
  @Min(1)
  readonly quantity!: number;
}

class OrderAttributes {
  @IsString()
  @Length(1, 40)
  readonly name!: string;

  @IsOptional()
  @IsString()
  readonly note?: string | null;

  @Omittable()
  @IsBoolean()
  readonly gift?: boolean;

  @IsIn(['mr', 'ms'])
  readonly salutation!: string;

  @Equals(true)
  readonly acceptedTerms!: boolean;

  @ValidateIf((order: OrderAttributes) => order.gift === true)
  @IsString()
  readonly giftMessage?: string;

  @IsArray()
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsString({ each: true })
  readonly tags!: string[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LineInput)
  readonly lines!: LineInput[];

  @IsShoeSize()
  readonly shoeSize!: number;
}

describe('attributesClassSchema (class-validator-jsonschema)', () => {
  it('describes an attributes class as the validation step applies it', () => {
    const components = new SchemaComponents();
    expect(attributesClassSchema(OrderAttributes, components)).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 40 },
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        gift: { type: 'boolean' },
        salutation: { type: 'string', enum: ['mr', 'ms'] },
        acceptedTerms: { const: true },
        giftMessage: { type: 'string' },
        tags: { type: 'array', maxItems: 3, uniqueItems: true, items: { type: 'string' } },
        lines: { type: 'array', items: { $ref: '#/components/schemas/LineInput' } },
        // A project's own validator says nothing the document could repeat: the declared type does.
        shoeSize: { type: 'number' },
      },
      required: ['name', 'salutation', 'acceptedTerms', 'tags', 'lines', 'shoeSize'],
      additionalProperties: false,
    });
    expect(components.toJSON()).toEqual({
      LineInput: {
        type: 'object',
        properties: {
          sku: { type: 'string', pattern: '^[A-Z]{3}-\\d+$' },
          quantity: { type: 'integer', minimum: 1 },
        },
        required: ['sku', 'quantity'],
        additionalProperties: false,
      },
    });
  });
});
