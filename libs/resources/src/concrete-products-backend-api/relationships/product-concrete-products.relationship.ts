import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueResourceObject,
} from '#glue-core';
import { CONCRETE_PRODUCTS_TYPE, PRODUCTS_TYPE } from '#resources/shared/catalog';
import type { ProductTransfer } from '#zed-facades/product';
import { productConcreteProductsPath, toConcreteProductResource } from '../concrete-products.mapper.js';

type ProductParent = GlueResourceObject<object, ProductTransfer>;

/**
 * `products` → every `concrete-products` of each, active or not, ordered by sku. No query at all: the
 * product's transfer already holds its concretes with every locale (the facade hydrated them in one batch
 * for the whole page), so reading them again would only repeat that work.
 */
@GlueRelationship({ parentType: PRODUCTS_TYPE, relatedType: CONCRETE_PRODUCTS_TYPE })
export class ProductConcreteProductsRelationship implements GlueRelationshipLoader<ProductParent> {
  load(parents: readonly ProductParent[]): Promise<GlueRelatedResources> {
    const products = parentSources(parents, CONCRETE_PRODUCTS_TYPE);
    return Promise.resolve(
      new Map(
        products.map((product) => [product.sku, product.concreteProducts.map(toConcreteProductResource)]),
      ),
    );
  }

  relatedPath(parent: ProductParent): string {
    return productConcreteProductsPath(parent.id);
  }
}
