import { Module } from '@nestjs/common';
import {
  ABSTRACT_PRODUCT_PARENT,
  CatalogApiErrorCode,
  CONCRETE_PRODUCT_PARENT,
  productChildren,
  storefrontProductChild,
} from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade, CatalogStorageModule } from '#zed-facades/catalog-storage';
import {
  ABSTRACT_PRODUCT_AVAILABILITY_ATTRIBUTES,
  CONCRETE_PRODUCT_AVAILABILITY_ATTRIBUTES,
} from './product-availabilities.mapper.js';

/** A product's availability in the request's store: one resource per product, its id the sku. */
const PRODUCT_AVAILABILITIES = {
  facade: CatalogStorageFacade,
  noun: { one: 'the availability', many: 'the availabilities' },
};

/**
 * `abstract-products/{sku}/abstract-product-availabilities`, and its `include`: the stock of the
 * product's active concretes in the request's store's active warehouses.
 */
const ABSTRACT_PRODUCT_AVAILABILITIES = storefrontProductChild(ABSTRACT_PRODUCT_PARENT, {
  ...PRODUCT_AVAILABILITIES,
  type: 'abstract-product-availabilities',
  notFoundCode: CatalogApiErrorCode.AbstractProductAvailabilityNotFound,
  attributes: ABSTRACT_PRODUCT_AVAILABILITY_ATTRIBUTES,
  load: (facade, skus, request) => facade.getAbstractAvailabilities(skus, requestStore(request)),
});

/**
 * `concrete-products/{sku}/concrete-product-availabilities`, and its `include`: the product's stock
 * in the request's store's active warehouses.
 */
const CONCRETE_PRODUCT_AVAILABILITIES = storefrontProductChild(CONCRETE_PRODUCT_PARENT, {
  ...PRODUCT_AVAILABILITIES,
  type: 'concrete-product-availabilities',
  notFoundCode: CatalogApiErrorCode.ConcreteProductAvailabilityNotFound,
  attributes: CONCRETE_PRODUCT_AVAILABILITY_ATTRIBUTES,
  load: (facade, skus, request) => facade.getConcreteAvailabilities(skus, requestStore(request)),
});

/**
 * Storefront `abstract-product-availabilities` and `concrete-product-availabilities`, each a child
 * route of its product and a relationship of it, one resource per product, its id the sku (Glue:
 * `ProductAvailabilitiesRestApi`).
 */
@Module({
  imports: [CatalogStorageModule],
  ...productChildren(ABSTRACT_PRODUCT_AVAILABILITIES, CONCRETE_PRODUCT_AVAILABILITIES),
})
export class ProductAvailabilitiesApiModule {}
