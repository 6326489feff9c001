import {
  Type,
  type Static,
  type TLiteral,
  type TNull,
  type TSchema,
  type TString,
  type TUnion,
} from '@sinclair/typebox';

/**
 * Building blocks for resource attribute schemas (TypeBox, i.e. JSON Schema 2020-12 with static
 * types), used where the same shape recurs in many resources.
 */

/** A value or `null`. */
export function Nullable<T extends TSchema>(schema: T): TUnion<[T, TNull]> {
  return Type.Union([schema, Type.Null()]);
}

/** A UTC instant as `formatDateTime` writes it (`1985-06-30T23:22:11+00:00`). */
export function DateTime(): TString {
  return Type.String({ format: 'date-time', examples: ['1985-06-30T23:22:11+00:00'] });
}

/**
 * One of a fixed list of strings (a facade's `as const` list: salutations, roles). A union of
 * literals (JSON Schema `anyOf` of `const`s) rather than `enum`, so TypeBox's own checks
 * (`Value.Check`, the compiler) understand it too.
 */
export function StringEnum<const Values extends readonly string[]>(
  values: Values,
): TUnion<TLiteral<Values[number]>[]> {
  return Type.Union(values.map((value) => Type.Literal(value)));
}

/** A string → string map (product attributes). */
export const StringRecord = (): ReturnType<typeof Type.Record<TString, TString>> =>
  Type.Record(Type.String(), Type.String());

type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/**
 * The attributes type a schema describes, read-only all the way down, so mappers can hand over
 * the facades' read-only transfers without copying.
 */
export type Attributes<T extends TSchema> = DeepReadonly<Static<T>>;
