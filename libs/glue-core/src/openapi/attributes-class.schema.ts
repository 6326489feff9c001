import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { JsonSchema } from './api-description.js';
import type { SchemaComponents } from './schema-components.js';

type ValidationMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

export type AttributesClass = abstract new (...args: never[]) => unknown;

type MutableSchema = Record<string, unknown>;

/**
 * The JSON Schema of an attributes class as the validation step (step 6) applies it: only
 * decorated members, unknown ones refused; `@IsOptional()` members optional and nullable,
 * `@Omittable()` and `@ValidateIf()` members optional. A validator it does not know (a project's
 * own) adds nothing: its member is described by the validators it knows, or as any value.
 */
export function attributesClassSchema(type: AttributesClass, components: SchemaComponents): JsonSchema {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const metadata of getMetadataStorage().getTargetValidationMetadatas(type, '', false, false)) {
    byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), metadata]);
  }
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, metadatas] of byProperty) {
    const property = propertySchema(type, name, metadatas, components);
    properties[name] = property.schema;
    if (property.required) required.push(name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  };
}

function propertySchema(
  type: AttributesClass,
  name: string,
  metadatas: readonly ValidationMetadata[],
  components: SchemaComponents,
): { schema: JsonSchema; required: boolean } {
  const schema: MutableSchema = {};
  const items: MutableSchema = {};
  let required = true;
  let nullable = false;
  for (const metadata of metadatas) {
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      required = false;
      // `@IsOptional()` lets `null` through; `@Omittable()` and `@ValidateIf()` only skip absent members.
      if (metadata.name === 'isOptional') nullable = true;
    } else if (metadata.type === ValidationTypes.NESTED_VALIDATION) {
      const nested = nestedClass(type, name);
      const reference = nested
        ? components.refForClass(nested.type, () => attributesClassSchema(nested.type, components))
        : { type: 'object' };
      Object.assign(metadata.each || nested?.array ? items : schema, reference);
    } else if (metadata.name !== undefined) {
      applyValidator(
        metadata.each ? items : schema,
        metadata.name,
        metadata.constraints as Constraints | undefined,
      );
    }
  }
  if (Object.keys(items).length > 0) {
    schema['type'] = 'array';
    schema['items'] = items;
  }
  const described = nullable && Object.keys(schema).length > 0 ? nullableSchema(schema) : schema;
  return { schema: described, required };
}

function nullableSchema(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { type: 'null' }] };
}

type Constraints = readonly unknown[];

const string = (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', ...extra });

/** What class-validator's built-in validators (those the resources use, and their kin) require. */
const VALIDATORS: Readonly<Record<string, (constraints: Constraints) => JsonSchema>> = {
  isString: () => string(),
  isEmail: () => string({ format: 'email' }),
  isUrl: () => string({ format: 'uri' }),
  isUUID: () => string({ format: 'uuid' }),
  isDateString: () => string({ format: 'date-time' }),
  isISO8601: () => string({ format: 'date-time' }),
  isNotEmpty: () => ({ minLength: 1 }),
  minLength: ([min]) => string({ minLength: min }),
  maxLength: ([max]) => string({ maxLength: max }),
  isLength: ([min, max]) => string({ minLength: min, ...(typeof max === 'number' && { maxLength: max }) }),
  matches: ([pattern]) => string({ pattern: pattern instanceof RegExp ? pattern.source : String(pattern) }),
  isIn: ([values]) => ({ enum: [...(values as Constraints)] }),
  isEnum: ([entity]) => ({ enum: Object.values(entity as object) }),
  equals: ([value]) => ({ const: value }),
  isBoolean: () => ({ type: 'boolean' }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  min: ([min]) => ({ minimum: min }),
  max: ([max]) => ({ maximum: max }),
  isPositive: () => ({ exclusiveMinimum: 0 }),
  isObject: () => ({ type: 'object' }),
  isArray: () => ({ type: 'array' }),
  arrayNotEmpty: () => ({ minItems: 1 }),
  arrayMinSize: ([min]) => ({ minItems: min }),
  arrayMaxSize: ([max]) => ({ maxItems: max }),
  // With a selector, items are unique by a key: more than JSON Schema can say.
  arrayUnique: ([selector]) => (selector === undefined ? { uniqueItems: true } : {}),
};

function applyValidator(schema: MutableSchema, name: string, constraints: Constraints = []): void {
  const validator = VALIDATORS[name];
  if (validator) Object.assign(schema, validator(constraints));
}

/**
 * The class a `@ValidateNested()` member is transformed into (class-transformer's `@Type()`),
 * found the way the validation step finds it: by transforming a probe.
 */
function nestedClass(type: AttributesClass, name: string): { type: AttributesClass; array: boolean } | null {
  const constructorOf = (value: unknown): AttributesClass | null => {
    const constructor = (value as object | null | undefined)?.constructor;
    return typeof constructor === 'function' && constructor !== Object
      ? (constructor as AttributesClass)
      : null;
  };
  const probe = (value: unknown): unknown =>
    (plainToInstance(type as new () => object, { [name]: value }) as Record<string, unknown>)[name];
  const fromArray = probe([{}]);
  const item = Array.isArray(fromArray) ? constructorOf(fromArray[0]) : null;
  if (item) return { type: item, array: true };
  const single = constructorOf(probe({}));
  return single ? { type: single, array: false } : null;
}
