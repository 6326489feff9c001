import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import { concreteProductPath } from '#resources/shared/catalog';
import type { AvailabilityTransfer } from '#zed-facades/stock';

export const CONCRETE_PRODUCT_AVAILABILITIES_TYPE = 'concrete-product-availabilities';

/** Glue's `concrete-product-availabilities` attributes: stock of the store's active warehouses. */
export const ConcreteProductAvailabilityAttributesSchema = Type.Object({
  availability: Type.Boolean(),
  quantity: Type.Integer(),
  isNeverOutOfStock: Type.Boolean(),
});

export type ConcreteProductAvailabilityAttributes = Attributes<
  typeof ConcreteProductAvailabilityAttributesSchema
>;

/**
 * The product's one resource, its id the product's sku, as Glue does (none only if the stock facade
 * broke its promise of an entry for every product asked).
 */
export function toConcreteProductAvailabilityResources(
  sku: string,
  availability: AvailabilityTransfer | undefined,
): GlueResourceObject<ConcreteProductAvailabilityAttributes>[] {
  if (!availability) return [];
  return [
    {
      type: CONCRETE_PRODUCT_AVAILABILITIES_TYPE,
      id: sku,
      selfPath: concreteProductAvailabilitiesPath(sku),
      attributes: {
        availability: availability.isAvailable,
        quantity: availability.quantity,
        isNeverOutOfStock: availability.isNeverOutOfStock,
      },
    },
  ];
}

/** `/concrete-products/{sku}/concrete-product-availabilities`. */
export function concreteProductAvailabilitiesPath(sku: string): string {
  return `${concreteProductPath(sku)}/${CONCRETE_PRODUCT_AVAILABILITIES_TYPE}`;
}
