import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueResourceObject,
} from '#glue-core';
import { CONCRETE_PRODUCTS_TYPE } from '#resources/shared/catalog';
import { PriceProductFacade } from '#zed-facades/price-product';
import type { ProductConcreteTransfer } from '#zed-facades/product';
import { PRODUCT_PRICES_TYPE, productPricesPath, toProductPriceResources } from '../product-prices.mapper.js';

type ConcreteProductParent = GlueResourceObject<object, ProductConcreteTransfer>;

/**
 * `concrete-products` → every `product-prices` of each in every store, inherited ones included; one facade
 * call for every parent.
 */
@GlueRelationship({ parentType: CONCRETE_PRODUCTS_TYPE, relatedType: PRODUCT_PRICES_TYPE })
export class ConcreteProductProductPricesRelationship implements GlueRelationshipLoader<ConcreteProductParent> {
  constructor(private readonly priceProductFacade: PriceProductFacade) {}

  async load(parents: readonly ConcreteProductParent[]): Promise<GlueRelatedResources> {
    const concretes = parentSources(parents, PRODUCT_PRICES_TYPE);
    const prices = await this.priceProductFacade.getConcretePricesOfEveryStore(
      concretes.map((concrete) => concrete.idProductConcrete),
    );
    return new Map(
      concretes.map((concrete) => [
        concrete.sku,
        toProductPriceResources(CONCRETE_PRODUCTS_TYPE, concrete.sku, prices.get(concrete.idProductConcrete)),
      ]),
    );
  }

  relatedPath(parent: ConcreteProductParent): string {
    return productPricesPath(CONCRETE_PRODUCTS_TYPE, parent.id);
  }
}
