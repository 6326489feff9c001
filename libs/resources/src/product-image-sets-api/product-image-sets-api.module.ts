import { Module } from '@nestjs/common';
import {
  ABSTRACT_PRODUCT_PARENT,
  CatalogApiErrorCode,
  CONCRETE_PRODUCT_PARENT,
  productChildren,
  requestLocale,
  storefrontProductChild,
} from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade, CatalogStorageModule } from '#zed-facades/catalog-storage';
import { IMAGE_SETS_ATTRIBUTES } from './product-image-sets.mapper.js';

/** A product's image sets in the negotiated locale: one resource per product, its id the sku. */
const PRODUCT_IMAGE_SETS = {
  facade: CatalogStorageFacade,
  attributes: IMAGE_SETS_ATTRIBUTES,
};

/** `abstract-products/{sku}/abstract-product-image-sets`, and `include=abstract-product-image-sets`. */
const ABSTRACT_PRODUCT_IMAGE_SETS = storefrontProductChild(ABSTRACT_PRODUCT_PARENT, {
  ...PRODUCT_IMAGE_SETS,
  type: 'abstract-product-image-sets',
  noun: { one: 'an image set', many: 'the image sets' },
  notFoundCode: CatalogApiErrorCode.AbstractProductImageSetsNotFound,
  load: (facade, skus, request) =>
    facade.getAbstractImageSets(skus, requestStore(request), requestLocale(request)),
});

/** `concrete-products/{sku}/concrete-product-image-sets`, and `include=concrete-product-image-sets`. */
const CONCRETE_PRODUCT_IMAGE_SETS = storefrontProductChild(CONCRETE_PRODUCT_PARENT, {
  ...PRODUCT_IMAGE_SETS,
  type: 'concrete-product-image-sets',
  noun: { one: 'an image set', many: 'the image sets' },
  notFoundCode: CatalogApiErrorCode.ConcreteProductImageSetsNotFound,
  load: (facade, skus, request) =>
    facade.getConcreteImageSets(skus, requestStore(request), requestLocale(request)),
});

/**
 * Storefront `abstract-product-image-sets` and `concrete-product-image-sets`, each a child route of
 * its product and a relationship of it (Glue: `ProductImageSetsRestApi`).
 */
@Module({
  imports: [CatalogStorageModule],
  ...productChildren(ABSTRACT_PRODUCT_IMAGE_SETS, CONCRETE_PRODUCT_IMAGE_SETS),
})
export class ProductImageSetsApiModule {}
