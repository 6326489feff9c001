import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject } from '#glue-core';
import { CONCRETE_PRODUCTS_TYPE, productChildPath } from '#resources/shared/catalog';
import type { ProductConcreteTransfer } from '#zed-facades/product';
import type { StockProductTransfer } from '#zed-facades/stock';

export const PRODUCT_STOCKS_TYPE = 'product-stocks';

/** Backend `product-stocks` attributes: the stock of one concrete product in one warehouse. */
export const ProductStockAttributesSchema = Type.Object({
  /** The concrete product's sku. */
  sku: Type.String(),
  warehouse: Type.String({ examples: ['Warehouse1'] }),
  /** Stock in an inactive warehouse counts towards no store's availability. */
  isWarehouseActive: Type.Boolean(),
  quantity: Type.Integer(),
  isNeverOutOfStock: Type.Boolean(),
});

export type ProductStockAttributes = Attributes<typeof ProductStockAttributesSchema>;

type ProductStockResource = GlueResourceObject<ProductStockAttributes>;

/** The concrete identity stock rows are keyed by. */
export type StockOwner = Pick<ProductConcreteTransfer, 'idProductConcrete' | 'sku'>;

/**
 * The stock rows of `concretes`, in their order, each ordered by warehouse name. The id
 * `<sku>:<warehouse>` is stable and unique (skus hold no colon); the resource lives in its concrete's
 * `product-stocks` collection.
 */
export function toProductStockResources(
  concretes: readonly StockOwner[],
  stocks: ReadonlyMap<number, readonly StockProductTransfer[]>,
): ProductStockResource[] {
  return concretes.flatMap((concrete) =>
    (stocks.get(concrete.idProductConcrete) ?? []).map((stock) => ({
      type: PRODUCT_STOCKS_TYPE,
      id: `${concrete.sku}:${stock.warehouseName}`,
      selfPath: productChildPath(CONCRETE_PRODUCTS_TYPE, concrete.sku, PRODUCT_STOCKS_TYPE),
      attributes: {
        sku: concrete.sku,
        warehouse: stock.warehouseName,
        isWarehouseActive: stock.isWarehouseActive,
        quantity: stock.quantity,
        isNeverOutOfStock: stock.isNeverOutOfStock,
      },
    })),
  );
}
