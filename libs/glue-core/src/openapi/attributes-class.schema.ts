import { plainToInstance } from 'class-transformer';
import {
  EQUALS,
  getMetadataStorage,
  IS_DATE_STRING,
  IS_ISO8601,
  IS_URL,
  ValidationTypes,
} from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import type { JsonSchema } from './api-description.js';
import type { SchemaComponents } from './schema-components.js';

export type AttributesClass = abstract new (...args: never[]) => unknown;

type Converters = NonNullable<
  NonNullable<Parameters<typeof targetConstructorToSchema>[1]>['additionalConverters']
>;
type Metadata = Parameters<Extract<Converters[string], (...args: never[]) => unknown>>[0];

/**
 * The JSON Schema of an attributes class as the validation step (step 6) applies it, by
 * `class-validator-jsonschema`: only decorated members, unknown ones refused; `@IsOptional()`
 * members optional and nullable, `@Omittable()` and `@ValidateIf()` members optional; a nested
 * class (`@ValidateNested()` with `@Type()`) a component of its own. A validator the library does
 * not know (a project's own) describes its member by its declared type.
 */
export function attributesClassSchema(type: AttributesClass, components: SchemaComponents): JsonSchema {
  const schema = targetConstructorToSchema(type, {
    additionalConverters: converters(components),
  }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const properties = { ...schema.properties };
  for (const name of nullableMembers(type)) {
    const member = properties[name];
    if (member !== undefined && Object.keys(member).length > 0)
      properties[name] = { anyOf: [member, { type: 'null' }] };
  }
  return {
    type: 'object',
    properties,
    ...(schema.required !== undefined && { required: schema.required }),
    additionalProperties: false,
  };
}

/** Where the library's converters say less, or other, than the validation step checks. */
function converters(components: SchemaComponents): Converters {
  return {
    [ValidationTypes.NESTED_VALIDATION]: (metadata: Metadata) => {
      const nested = nestedClass(metadata.target as AttributesClass, metadata.propertyName);
      if (!nested) return { type: 'object' };
      // Registered as a component, referred to by `$ref` from every class that nests it.
      return components.refForClass(nested, () => attributesClassSchema(nested, components));
    },
    // A project's own validator: the member's declared type, when it is a primitive.
    [ValidationTypes.CUSTOM_VALIDATION]: (metadata: Metadata) => {
      const declared: unknown = Reflect.getMetadata(
        'design:type',
        (metadata.target as AttributesClass).prototype as object,
        metadata.propertyName,
      );
      return declared === String
        ? { type: 'string' }
        : declared === Number
          ? { type: 'number' }
          : declared === Boolean
            ? { type: 'boolean' }
            : {};
    },
    [EQUALS]: (metadata: Metadata) => ({ const: (metadata.constraints as unknown[] | undefined)?.[0] }),
    // Standard formats (the library says `url`, and a date-string pattern).
    [IS_URL]: { type: 'string', format: 'uri' },
    [IS_DATE_STRING]: { type: 'string', format: 'date-time' },
    [IS_ISO8601]: { type: 'string', format: 'date-time' },
  };
}

/** `@IsOptional()` lets `null` through; `@Omittable()` and `@ValidateIf()` only skip absent members. */
function nullableMembers(type: AttributesClass): Set<string> {
  return new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(type, '', false, false)
      .filter((metadata) => metadata.type === ValidationTypes.CONDITIONAL_VALIDATION)
      .filter((metadata) => metadata.name === 'isOptional')
      .map((metadata) => metadata.propertyName),
  );
}

/**
 * The class a `@ValidateNested()` member is transformed into (class-transformer's `@Type()`),
 * found the way the validation step finds it: by transforming a probe.
 */
function nestedClass(type: AttributesClass, name: string): AttributesClass | null {
  const constructorOf = (value: unknown): AttributesClass | null => {
    const constructor = (value as object | null | undefined)?.constructor;
    return typeof constructor === 'function' && constructor !== Object
      ? (constructor as AttributesClass)
      : null;
  };
  const probe = (value: unknown): unknown =>
    (plainToInstance(type as new () => object, { [name]: value }) as Record<string, unknown>)[name];
  const fromArray = probe([{}]);
  return (Array.isArray(fromArray) ? constructorOf(fromArray[0]) : null) ?? constructorOf(probe({}));
}
