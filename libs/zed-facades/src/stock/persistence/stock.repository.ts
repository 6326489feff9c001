import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A concrete product's stock row target: the concrete and the abstract sku it is published under. */
export interface StockTargetRow {
  readonly id_product_concrete: number | null;
  readonly abstract_sku: string | null;
  readonly id_warehouse: number | null;
}

/** Stock writes, through the caller's transaction. */
@Injectable()
export class StockRepository {
  /** The concrete (and its abstract's sku) and the warehouse, each null when unknown. One statement. */
  async findTarget(
    manager: EntityManager,
    concreteSku: string,
    warehouseName: string,
  ): Promise<StockTargetRow> {
    const [row] = await manager.query<StockTargetRow[]>(
      `SELECT (SELECT c.id_product_concrete FROM product_concrete c WHERE c.sku = $1) AS id_product_concrete,
              (SELECT a.sku FROM product_concrete c
               JOIN product_abstract a ON a.id_product_abstract = c.fk_product_abstract WHERE c.sku = $1) AS abstract_sku,
              (SELECT w.id_warehouse FROM warehouse w WHERE w.name = $2) AS id_warehouse`,
      [concreteSku, warehouseName],
    );
    return row ?? { id_product_concrete: null, abstract_sku: null, id_warehouse: null };
  }

  async upsertStock(
    manager: EntityManager,
    idProductConcrete: number,
    idWarehouse: number,
    quantity: number,
    isNeverOutOfStock: boolean,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO stock_product (fk_product_concrete, fk_warehouse, quantity, is_never_out_of_stock)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (fk_product_concrete, fk_warehouse)
       DO UPDATE SET quantity = EXCLUDED.quantity, is_never_out_of_stock = EXCLUDED.is_never_out_of_stock`,
      [idProductConcrete, idWarehouse, quantity, isNeverOutOfStock],
    );
  }
}
