import { Type } from '@sinclair/typebox';
import { Nullable } from '#glue-core';

/** A product's texts in one locale, as the back office sees them (every locale at once). */
export const LocalizedAttributesSchema = Type.Object({
  locale: Type.String({ examples: ['de_DE'] }),
  name: Type.String(),
  description: Nullable(Type.String()),
});
