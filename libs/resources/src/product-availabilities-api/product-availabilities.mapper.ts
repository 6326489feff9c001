import { Type } from '@sinclair/typebox';
import type { Attributes } from '#glue-core';
import { childAttributes } from '#resources/shared/catalog';
import type { StoredAvailability as AvailabilityTransfer } from '#zed-facades/catalog-storage';

/** Glue's decimal quantities: a string with ten decimals (`"10.0000000000"`), exact, never a float. */
const DECIMAL_PATTERN = '^-?[0-9]+\\.[0-9]{10}$';
const DECIMAL_SCALE = 10;

/** A stock quantity as Glue writes it (its `Decimal` with scale 10): 10 → `"10.0000000000"`. */
export function toGlueDecimal(quantity: number): string {
  return `${quantity}.${'0'.repeat(DECIMAL_SCALE)}`;
}

/**
 * Glue's `abstract-product-availabilities` attributes: the stock of the product's active concretes in
 * the store's active warehouses.
 */
const AbstractProductAvailabilityAttributesSchema = Type.Object({
  availability: Type.Boolean(),
  quantity: Type.String({ pattern: DECIMAL_PATTERN, examples: ['10.0000000000'] }),
});

type AbstractProductAvailabilityAttributes = Attributes<typeof AbstractProductAvailabilityAttributesSchema>;

/** Glue's `concrete-product-availabilities` attributes: stock of the store's active warehouses. */
const ConcreteProductAvailabilityAttributesSchema = Type.Object({
  availability: Type.Boolean(),
  quantity: Type.String({ pattern: DECIMAL_PATTERN, examples: ['10.0000000000'] }),
  isNeverOutOfStock: Type.Boolean(),
});

/** What both availabilities hold. */
function availabilityOf({
  isAvailable,
  quantity,
}: AvailabilityTransfer): AbstractProductAvailabilityAttributes {
  return { availability: isAvailable, quantity: toGlueDecimal(quantity) };
}

// A product has no availability resource only if the stock facade broke its promise of an entry for
// every product asked.

export const ABSTRACT_PRODUCT_AVAILABILITY_ATTRIBUTES = childAttributes(
  AbstractProductAvailabilityAttributesSchema,
  (found: AvailabilityTransfer | undefined) => found && availabilityOf(found),
);

export const CONCRETE_PRODUCT_AVAILABILITY_ATTRIBUTES = childAttributes(
  ConcreteProductAvailabilityAttributesSchema,
  (found: AvailabilityTransfer | undefined) =>
    found && { ...availabilityOf(found), isNeverOutOfStock: found.isNeverOutOfStock },
);
