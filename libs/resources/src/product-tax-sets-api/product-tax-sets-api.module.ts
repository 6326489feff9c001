import { Module } from '@nestjs/common';
import { GlueHttpException, Public, PublicCache } from '#glue-core';
import {
  ABSTRACT_PRODUCT_PARENT,
  productChild,
  productChildren,
  catalogNotFound,
  type ProductParent,
} from '#resources/shared/catalog';
import { CatalogStorageModule, type CatalogStorageFacade } from '#zed-facades/catalog-storage';
import type { AbstractProductTransfer } from '#zed-facades/product';
import { TaxFacade, TaxModule } from '#zed-facades/tax';
import {
  PRODUCT_TAX_SETS_TYPE,
  ProductTaxSetAttributesSchema,
  toProductTaxSetResource,
} from './product-tax-sets.mapper.js';

/** Glue's code for the unknown abstract product of `product-tax-sets`, in Glue mode. */
const TAX_SET_PRODUCT_NOT_FOUND_CODE = '310';

/** The storefront's abstract product, its 404 carrying Glue's tax-set code (`310`) in Glue mode. */
const TAXED_ABSTRACT_PRODUCT: ProductParent<AbstractProductTransfer, CatalogStorageFacade> = {
  ...ABSTRACT_PRODUCT_PARENT,
  find: async (storage, sku, request) => {
    try {
      return await ABSTRACT_PRODUCT_PARENT.find(storage, sku, request);
    } catch (error) {
      if (!(error instanceof GlueHttpException) || error.status !== 404) throw error;
      throw catalogNotFound(`Abstract product "${sku}" does not exist.`, TAX_SET_PRODUCT_NOT_FOUND_CODE);
    }
  },
};

/**
 * `abstract-products/{sku}/product-tax-sets` and `include=product-tax-sets`: the product's tax set (a
 * collection of one, none when it has no set), id the set's UUID.
 */
const ABSTRACT_PRODUCT_TAX_SETS = productChild(TAXED_ABSTRACT_PRODUCT, {
  type: PRODUCT_TAX_SETS_TYPE,
  noun: { one: 'the tax set', many: 'the tax sets' },
  attributes: ProductTaxSetAttributesSchema,
  facade: TaxFacade,
  access: [Public(), PublicCache()],
  async load(facade, products) {
    const taxSets = await facade.getTaxSetsByAbstractIds(
      products.map((product) => product.idProductAbstract),
    );
    return new Map(
      products.map((product) => {
        const taxSet = taxSets.get(product.idProductAbstract);
        return [product.sku, taxSet ? [toProductTaxSetResource(product.sku, taxSet)] : []];
      }),
    );
  },
});

/** Storefront `product-tax-sets`, a child route and relationship of `abstract-products` (Glue: `ProductTaxSetsRestApi`). */
@Module({
  imports: [CatalogStorageModule, TaxModule],
  ...productChildren(ABSTRACT_PRODUCT_TAX_SETS),
})
export class ProductTaxSetsApiModule {}
