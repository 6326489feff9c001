import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { CONCRETE_PRODUCTS_TYPE, requestCurrency } from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import { PriceProductFacade } from '#zed-facades/price-product';
import type { ConcreteProductTransfer } from '#zed-facades/product';
import {
  CONCRETE_PRODUCT_PRICES_TYPE,
  concreteProductPricesPath,
  toConcreteProductPricesResource,
  type ConcreteProductPricesAttributes,
} from '../concrete-product-prices.mapper.js';

type ConcreteProductParent = GlueResourceObject<object, ConcreteProductTransfer>;

/**
 * `concrete-products` → its `concrete-product-prices` in the request's currency (one resource per
 * product, unpriced ones included); one query for every parent.
 */
@GlueRelationship({ parentType: CONCRETE_PRODUCTS_TYPE, relatedType: CONCRETE_PRODUCT_PRICES_TYPE })
export class ConcreteProductConcreteProductPricesRelationship implements GlueRelationshipLoader<ConcreteProductParent> {
  constructor(private readonly priceProductFacade: PriceProductFacade) {}

  load(parents: readonly ConcreteProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return this.ofProducts(parentSources(parents, CONCRETE_PRODUCT_PRICES_TYPE), request);
  }

  /** By sku: what the relationship links, and what the child route answers for one product. */
  async ofProducts(
    products: readonly ConcreteProductTransfer[],
    request: GlueRequest,
  ): Promise<ReadonlyMap<string, readonly GlueResourceObject<ConcreteProductPricesAttributes>[]>> {
    const prices = await this.priceProductFacade.getConcretePrices(
      products.map((product) => product.idProductConcrete),
      requestStore(request),
      requestCurrency(request),
    );
    return new Map(
      products.map((product) => [
        product.sku,
        [toConcreteProductPricesResource(product.sku, prices.get(product.idProductConcrete) ?? [])],
      ]),
    );
  }

  relatedPath(parent: ConcreteProductParent): string {
    return concreteProductPricesPath(parent.id);
  }
}
