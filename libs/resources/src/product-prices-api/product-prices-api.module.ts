import { Module } from '@nestjs/common';
import type { GlueRequest } from '#glue-core';
import {
  ABSTRACT_PRODUCT_PARENT,
  CONCRETE_PRODUCT_PARENT,
  productChildren,
  requestCurrency,
  storefrontProductChild,
} from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { PriceProductFacade, PriceProductModule } from '#zed-facades/price-product';
import { ProductModule } from '#zed-facades/product';
import { PRODUCT_PRICES_ATTRIBUTES } from './product-prices.mapper.js';

/**
 * A product's prices in the request's store and currency (`currency=…`, else the store's default),
 * as Glue: one resource per product, its id the sku. A malformed currency, or one the store does not
 * offer, is 400 on `currency`.
 */
const PRODUCT_PRICES = {
  facade: PriceProductFacade,
  attributes: PRODUCT_PRICES_ATTRIBUTES,
  checkRequest: requestCurrency,
};

/** The store and currency the prices are asked in. */
const priceScope = (request: GlueRequest) => [requestStore(request), requestCurrency(request)] as const;

/** `abstract-products/{sku}/abstract-product-prices`, and `include=abstract-product-prices`. */
const ABSTRACT_PRODUCT_PRICES = storefrontProductChild(ABSTRACT_PRODUCT_PARENT, {
  ...PRODUCT_PRICES,
  type: 'abstract-product-prices',
  noun: { one: 'a price', many: 'the prices' },
  load: (facade, ids, request) => facade.getAbstractPrices(ids, ...priceScope(request)),
});

/**
 * `concrete-products/{sku}/concrete-product-prices`, and `include=concrete-product-prices`: a price
 * type the concrete has no price of its own for is inherited from its abstract.
 */
const CONCRETE_PRODUCT_PRICES = storefrontProductChild(CONCRETE_PRODUCT_PARENT, {
  ...PRODUCT_PRICES,
  type: 'concrete-product-prices',
  noun: { one: 'a price', many: 'the prices' },
  load: (facade, ids, request) => facade.getConcretePrices(ids, ...priceScope(request)),
});

/**
 * Storefront `abstract-product-prices` and `concrete-product-prices`: each a child route of its
 * product and a relationship of it (Glue: `ProductPricesRestApi`).
 */
@Module({
  imports: [PriceProductModule, ProductModule],
  ...productChildren(ABSTRACT_PRODUCT_PRICES, CONCRETE_PRODUCT_PRICES),
})
export class ProductPricesApiModule {}
