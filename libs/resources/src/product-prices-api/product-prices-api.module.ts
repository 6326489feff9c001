import { Module } from '@nestjs/common';
import type { GlueRequest } from '#glue-core';
import {
  ABSTRACT_PRODUCT_PARENT,
  CatalogApiErrorCode,
  CONCRETE_PRODUCT_PARENT,
  productChildren,
  requestCurrency,
  requestPriceMode,
  storefrontProductChild,
} from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { CatalogStorageFacade, CatalogStorageModule, type StoredPrice } from '#zed-facades/catalog-storage';
import { PRODUCT_PRICES_ATTRIBUTES, type PricesInMode } from './product-prices.mapper.js';

/**
 * A product's prices (published, `price_product_*:<store>:<sku>`) in the request's store, currency (`currency=…`, else the store's default) and
 * price mode (`priceMode=…`, else gross), as Glue: one resource per product, its id the sku. A
 * malformed currency, or one the store does not offer, is 400 `313` on `currency`; a price mode other
 * than Glue's two is 400 `314` on `priceMode`.
 */
const PRODUCT_PRICES = {
  facade: CatalogStorageFacade,
  attributes: PRODUCT_PRICES_ATTRIBUTES,
  checkRequest: (request: GlueRequest) => [requestCurrency(request), requestPriceMode(request)],
};

/** The store and currency the prices are asked in. */
const priceScope = (request: GlueRequest) => [requestStore(request), requestCurrency(request)] as const;

/** Each product's prices with the request's price mode, which the attributes are shown in. */
async function inPriceMode(
  prices: Promise<ReadonlyMap<string, readonly StoredPrice[]>>,
  request: GlueRequest,
): Promise<ReadonlyMap<string, PricesInMode>> {
  const mode = requestPriceMode(request);
  return new Map([...(await prices)].map(([id, each]) => [id, { prices: each, mode }]));
}

/** `abstract-products/{sku}/abstract-product-prices`, and `include=abstract-product-prices`. */
const ABSTRACT_PRODUCT_PRICES = storefrontProductChild(ABSTRACT_PRODUCT_PARENT, {
  ...PRODUCT_PRICES,
  type: 'abstract-product-prices',
  noun: { one: 'a price', many: 'the prices' },
  notFoundCode: CatalogApiErrorCode.AbstractProductPricesNotFound,
  load: (facade, skus, request) =>
    inPriceMode(facade.getAbstractPrices(skus, ...priceScope(request)), request),
});

/**
 * `concrete-products/{sku}/concrete-product-prices`, and `include=concrete-product-prices`: a price
 * type the concrete has no price of its own for is inherited from its abstract.
 */
const CONCRETE_PRODUCT_PRICES = storefrontProductChild(CONCRETE_PRODUCT_PARENT, {
  ...PRODUCT_PRICES,
  type: 'concrete-product-prices',
  noun: { one: 'a price', many: 'the prices' },
  notFoundCode: CatalogApiErrorCode.ConcreteProductPricesNotFound,
  load: (facade, skus, request) =>
    inPriceMode(facade.getConcretePrices(skus, ...priceScope(request)), request),
});

/**
 * Storefront `abstract-product-prices` and `concrete-product-prices`: each a child route of its
 * product and a relationship of it (Glue: `ProductPricesRestApi`).
 */
@Module({
  imports: [CatalogStorageModule],
  ...productChildren(ABSTRACT_PRODUCT_PRICES, CONCRETE_PRODUCT_PRICES),
})
export class ProductPricesApiModule {}
