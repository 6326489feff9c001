import { Module } from '@nestjs/common';
import {
  ABSTRACT_PRODUCT_PARENT,
  CatalogApiErrorCode,
  CONCRETE_PRODUCT_PARENT,
  productChildren,
  requestLocale,
  storefrontProductChild,
} from '#resources/shared/catalog';
import { ProductModule } from '#zed-facades/product';
import { ProductImageFacade, ProductImageModule } from '#zed-facades/product-image';
import { IMAGE_SETS_ATTRIBUTES } from './product-image-sets.mapper.js';

/** A product's image sets in the negotiated locale: one resource per product, its id the sku. */
const PRODUCT_IMAGE_SETS = {
  facade: ProductImageFacade,
  attributes: IMAGE_SETS_ATTRIBUTES,
};

/** `abstract-products/{sku}/abstract-product-image-sets`, and `include=abstract-product-image-sets`. */
const ABSTRACT_PRODUCT_IMAGE_SETS = storefrontProductChild(ABSTRACT_PRODUCT_PARENT, {
  ...PRODUCT_IMAGE_SETS,
  type: 'abstract-product-image-sets',
  noun: { one: 'an image set', many: 'the image sets' },
  notFoundCode: CatalogApiErrorCode.AbstractProductImageSetsNotFound,
  load: (facade, ids, request) => facade.getAbstractImageSets(ids, requestLocale(request)),
});

/** `concrete-products/{sku}/concrete-product-image-sets`, and `include=concrete-product-image-sets`. */
const CONCRETE_PRODUCT_IMAGE_SETS = storefrontProductChild(CONCRETE_PRODUCT_PARENT, {
  ...PRODUCT_IMAGE_SETS,
  type: 'concrete-product-image-sets',
  noun: { one: 'an image set', many: 'the image sets' },
  notFoundCode: CatalogApiErrorCode.ConcreteProductImageSetsNotFound,
  load: (facade, ids, request) => facade.getConcreteImageSets(ids, requestLocale(request)),
});

/**
 * Storefront `abstract-product-image-sets` and `concrete-product-image-sets`, each a child route of
 * its product and a relationship of it (Glue: `ProductImageSetsRestApi`).
 */
@Module({
  imports: [ProductImageModule, ProductModule],
  ...productChildren(ABSTRACT_PRODUCT_IMAGE_SETS, CONCRETE_PRODUCT_IMAGE_SETS),
})
export class ProductImageSetsApiModule {}
