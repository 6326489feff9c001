import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import type { ProductManagementAttributeTransfer } from '#zed-facades/product-attribute';

export const PRODUCT_MANAGEMENT_ATTRIBUTES_TYPE = 'product-management-attributes';

/** Glue's code for an unknown attribute key, in Glue mode. */
export const ATTRIBUTE_NOT_FOUND_CODE = '4201';

const LocalizedTextSchema = Type.Object({ localeName: Type.String(), translation: Type.String() });

/**
 * Glue's `product-management-attributes` attributes: the key, how its values are entered, whether it is
 * a variant axis (`isSuper`), its names per locale and its predefined values with their translations.
 */
export const ProductManagementAttributeAttributesSchema = Type.Object({
  key: Type.String(),
  inputType: Type.String(),
  allowInput: Type.Boolean(),
  isSuper: Type.Boolean(),
  localizedKeys: Type.Array(LocalizedTextSchema),
  values: Type.Array(Type.Object({ value: Type.String(), localizedValues: Type.Array(LocalizedTextSchema) })),
});

export type ProductManagementAttributeAttributes = Attributes<
  typeof ProductManagementAttributeAttributesSchema
>;

export type ProductManagementAttributeResource = GlueResourceObject<ProductManagementAttributeAttributes>;

/** Every locale's texts, whatever the negotiated locale, as Glue sends them; id the key. */
export function toProductManagementAttributeResource(
  attribute: ProductManagementAttributeTransfer,
): ProductManagementAttributeResource {
  return {
    type: PRODUCT_MANAGEMENT_ATTRIBUTES_TYPE,
    id: attribute.key,
    selfPath: `/${PRODUCT_MANAGEMENT_ATTRIBUTES_TYPE}/${encodeURIComponent(attribute.key)}`,
    attributes: {
      key: attribute.key,
      inputType: attribute.inputType,
      allowInput: attribute.allowInput,
      isSuper: attribute.isSuper,
      localizedKeys: attribute.localizedKeys.map(({ localeName, translation }) => ({
        localeName,
        translation,
      })),
      values: attribute.values.map(({ value, localizedValues }) => ({
        value,
        localizedValues: localizedValues.map(({ localeName, translation }) => ({ localeName, translation })),
      })),
    },
  };
}
