import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import { abstractProductPath } from '#resources/shared/catalog';
import type { AvailabilityTransfer } from '#zed-facades/stock';

export const ABSTRACT_PRODUCT_AVAILABILITIES_TYPE = 'abstract-product-availabilities';

/**
 * Glue's `abstract-product-availabilities` attributes: the stock of the product's active concretes in
 * the store's active warehouses.
 */
export const AbstractProductAvailabilityAttributesSchema = Type.Object({
  availability: Type.Boolean(),
  quantity: Type.Integer(),
});

export type AbstractProductAvailabilityAttributes = Attributes<
  typeof AbstractProductAvailabilityAttributesSchema
>;

/**
 * The product's one resource, its id the product's sku, as Glue does (none only if the stock facade
 * broke its promise of an entry for every product asked).
 */
export function toAbstractProductAvailabilityResources(
  sku: string,
  availability: AvailabilityTransfer | undefined,
): GlueResourceObject<AbstractProductAvailabilityAttributes>[] {
  if (!availability) return [];
  return [
    {
      type: ABSTRACT_PRODUCT_AVAILABILITIES_TYPE,
      id: sku,
      selfPath: abstractProductAvailabilitiesPath(sku),
      attributes: {
        availability: availability.isAvailable,
        quantity: availability.quantity,
      },
    },
  ];
}

/** `/abstract-products/{sku}/abstract-product-availabilities`. */
export function abstractProductAvailabilitiesPath(sku: string): string {
  return `${abstractProductPath(sku)}/${ABSTRACT_PRODUCT_AVAILABILITIES_TYPE}`;
}
