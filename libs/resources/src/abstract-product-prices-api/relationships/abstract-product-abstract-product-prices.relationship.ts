import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, requestCurrency } from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { PriceProductFacade } from '#zed-facades/price-product';
import type { AbstractProductTransfer } from '#zed-facades/product';
import {
  ABSTRACT_PRODUCT_PRICES_TYPE,
  abstractProductPricesPath,
  toAbstractProductPricesResource,
  type AbstractProductPricesAttributes,
} from '../abstract-product-prices.mapper.js';

type AbstractProductParent = GlueResourceObject<object, AbstractProductTransfer>;

/**
 * `abstract-products` → its `abstract-product-prices` in the request's currency (one resource per
 * product, unpriced ones included); one query for every parent.
 */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: ABSTRACT_PRODUCT_PRICES_TYPE })
export class AbstractProductAbstractProductPricesRelationship implements GlueRelationshipLoader<AbstractProductParent> {
  constructor(private readonly priceProductFacade: PriceProductFacade) {}

  load(parents: readonly AbstractProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return this.ofProducts(parentSources(parents, ABSTRACT_PRODUCT_PRICES_TYPE), request);
  }

  /** By sku: what the relationship links, and what the child route answers for one product. */
  async ofProducts(
    products: readonly AbstractProductTransfer[],
    request: GlueRequest,
  ): Promise<ReadonlyMap<string, readonly GlueResourceObject<AbstractProductPricesAttributes>[]>> {
    const prices = await this.priceProductFacade.getAbstractPrices(
      products.map((product) => product.idProductAbstract),
      requestStore(request),
      requestCurrency(request),
    );
    return new Map(
      products.map((product) => [
        product.sku,
        [toAbstractProductPricesResource(product.sku, prices.get(product.idProductAbstract) ?? [])],
      ]),
    );
  }

  relatedPath(parent: AbstractProductParent): string {
    return abstractProductPricesPath(parent.id);
  }
}
