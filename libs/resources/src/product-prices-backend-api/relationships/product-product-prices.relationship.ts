import {
  GlueRelationship,
  parentSources,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueResourceObject,
} from '#glue-core';
import { PRODUCTS_TYPE } from '#resources/shared/catalog';
import { PriceProductFacade } from '#zed-facades/price-product';
import type { ProductTransfer } from '#zed-facades/product';
import { PRODUCT_PRICES_TYPE, productPricesPath, toProductPriceResources } from '../product-prices.mapper.js';

type ProductParent = GlueResourceObject<object, ProductTransfer>;

/** `products` → every `product-prices` of each, in every store; one facade call for every parent. */
@GlueRelationship({ parentType: PRODUCTS_TYPE, relatedType: PRODUCT_PRICES_TYPE })
export class ProductProductPricesRelationship implements GlueRelationshipLoader<ProductParent> {
  constructor(private readonly priceProductFacade: PriceProductFacade) {}

  async load(parents: readonly ProductParent[]): Promise<GlueRelatedResources> {
    const products = parentSources(parents, PRODUCT_PRICES_TYPE);
    const prices = await this.priceProductFacade.getAbstractPricesOfEveryStore(
      products.map((product) => product.idProductAbstract),
    );
    return new Map(
      products.map((product) => [
        product.sku,
        toProductPriceResources(PRODUCTS_TYPE, product.sku, prices.get(product.idProductAbstract)),
      ]),
    );
  }

  relatedPath(parent: ProductParent): string {
    return productPricesPath(PRODUCTS_TYPE, parent.id);
  }
}
