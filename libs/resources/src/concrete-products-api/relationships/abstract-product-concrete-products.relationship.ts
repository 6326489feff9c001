import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { ABSTRACT_PRODUCTS_TYPE, CONCRETE_PRODUCTS_TYPE, requestLocale } from '#resources/shared/catalog';
import { ProductFacade, type AbstractProductTransfer } from '#zed-facades/product';
import { toConcreteProductResource } from '../concrete-products.mapper.js';

type AbstractProductParent = GlueResourceObject<object, AbstractProductTransfer>;

/** `abstract-products` → its active `concrete-products`, ordered by sku; one query for every parent. */
@GlueRelationship({ parentType: ABSTRACT_PRODUCTS_TYPE, relatedType: CONCRETE_PRODUCTS_TYPE })
export class AbstractProductConcreteProductsRelationship implements GlueRelationshipLoader<AbstractProductParent> {
  constructor(private readonly productFacade: ProductFacade) {}

  async load(parents: readonly AbstractProductParent[], request: GlueRequest): Promise<GlueRelatedResources> {
    const sources = parentSources(parents, CONCRETE_PRODUCTS_TYPE);
    const byAbstract = await this.productFacade.getConcreteProductsByAbstractIds(
      sources.map((product) => product.idProductAbstract),
      requestLocale(request),
    );
    return new Map(
      sources.map((product) => [
        product.sku,
        (byAbstract.get(product.idProductAbstract) ?? [])
          .filter((concrete) => concrete.isActive)
          .map(toConcreteProductResource),
      ]),
    );
  }
}
