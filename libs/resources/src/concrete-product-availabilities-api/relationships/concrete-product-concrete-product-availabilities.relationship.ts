import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { CONCRETE_PRODUCTS_TYPE } from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import type { ConcreteProductTransfer } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import {
  CONCRETE_PRODUCT_AVAILABILITIES_TYPE,
  concreteProductAvailabilitiesPath,
  toConcreteProductAvailabilityResources,
  type ConcreteProductAvailabilityAttributes,
} from '../concrete-product-availabilities.mapper.js';

type ConcreteProductParent = GlueResourceObject<object, ConcreteProductTransfer>;

/**
 * `concrete-products` → its `concrete-product-availabilities` in the request's store; one query for
 * every parent.
 */
@GlueRelationship({ parentType: CONCRETE_PRODUCTS_TYPE, relatedType: CONCRETE_PRODUCT_AVAILABILITIES_TYPE })
export class ConcreteProductConcreteProductAvailabilitiesRelationship implements GlueRelationshipLoader<ConcreteProductParent> {
  constructor(private readonly stockFacade: StockFacade) {}

  load(parents: readonly ConcreteProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return this.ofProducts(parentSources(parents, CONCRETE_PRODUCT_AVAILABILITIES_TYPE), request);
  }

  /** By sku: what the relationship links, and what the child route answers for one product. */
  async ofProducts(
    products: readonly ConcreteProductTransfer[],
    request: GlueRequest,
  ): Promise<ReadonlyMap<string, readonly GlueResourceObject<ConcreteProductAvailabilityAttributes>[]>> {
    const availabilities = await this.stockFacade.getConcreteAvailabilities(
      products.map((product) => product.idProductConcrete),
      requestStore(request),
    );
    return new Map(
      products.map((product) => [
        product.sku,
        toConcreteProductAvailabilityResources(product.sku, availabilities.get(product.idProductConcrete)),
      ]),
    );
  }

  relatedPath(parent: ConcreteProductParent): string {
    return concreteProductAvailabilitiesPath(parent.id);
  }
}
