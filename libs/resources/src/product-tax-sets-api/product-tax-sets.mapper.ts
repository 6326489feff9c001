import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, productChildPath } from '#resources/shared/catalog';
import type { TaxSetTransfer } from '#zed-facades/tax';

export const PRODUCT_TAX_SETS_TYPE = 'product-tax-sets';

/** Glue's `product-tax-sets` attributes: the set's name and one rate per country. */
export const ProductTaxSetAttributesSchema = Type.Object({
  name: Type.String(),
  restTaxRates: Type.Array(
    Type.Object({
      name: Type.String(),
      /** A decimal string with two places ("19.00"), as Glue sends it. */
      rate: Type.String(),
      /** ISO 3166-1 alpha-2. */
      country: Type.String(),
    }),
  ),
});

export type ProductTaxSetAttributes = Attributes<typeof ProductTaxSetAttributesSchema>;

/** The tax set of abstract product `sku`: its id the set's UUID, its link under the product, as in Glue. */
export function toProductTaxSetResource(
  sku: string,
  taxSet: TaxSetTransfer,
): GlueResourceObject<ProductTaxSetAttributes> {
  return {
    type: PRODUCT_TAX_SETS_TYPE,
    id: taxSet.uuid,
    selfPath: productChildPath(ABSTRACT_PRODUCTS_TYPE, sku, PRODUCT_TAX_SETS_TYPE),
    attributes: {
      name: taxSet.name,
      restTaxRates: taxSet.taxRates.map((rate) => ({
        name: rate.name,
        rate: rate.rate,
        country: rate.countryIso2Code,
      })),
    },
  };
}
