import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE } from '#resources/shared/catalog';
import { requestStore } from '#resources/shared/store-context';
import type { AbstractProductTransfer } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import {
  ABSTRACT_PRODUCT_AVAILABILITIES_TYPE,
  abstractProductAvailabilitiesPath,
  toAbstractProductAvailabilityResources,
  type AbstractProductAvailabilityAttributes,
} from '../abstract-product-availabilities.mapper.js';

type AbstractProductParent = GlueResourceObject<object, AbstractProductTransfer>;

/**
 * `abstract-products` → its `abstract-product-availabilities` in the request's store; one query for
 * every parent.
 */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: ABSTRACT_PRODUCT_AVAILABILITIES_TYPE })
export class AbstractProductAbstractProductAvailabilitiesRelationship implements GlueRelationshipLoader<AbstractProductParent> {
  constructor(private readonly stockFacade: StockFacade) {}

  load(parents: readonly AbstractProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    return this.ofProducts(parentSources(parents, ABSTRACT_PRODUCT_AVAILABILITIES_TYPE), request);
  }

  /** By sku: what the relationship links, and what the child route answers for one product. */
  async ofProducts(
    products: readonly AbstractProductTransfer[],
    request: GlueRequest,
  ): Promise<ReadonlyMap<string, readonly GlueResourceObject<AbstractProductAvailabilityAttributes>[]>> {
    const availabilities = await this.stockFacade.getAbstractAvailabilities(
      products.map((product) => product.idProductAbstract),
      requestStore(request),
    );
    return new Map(
      products.map((product) => [
        product.sku,
        toAbstractProductAvailabilityResources(product.sku, availabilities.get(product.idProductAbstract)),
      ]),
    );
  }

  relatedPath(parent: AbstractProductParent): string {
    return abstractProductAvailabilitiesPath(parent.id);
  }
}
