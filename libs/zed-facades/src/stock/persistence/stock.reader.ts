import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds } from '#zed-facades/persistence-support';
import type { AvailabilityTransfer, StockProductTransfer } from '../transfer/stock.transfer.js';

interface AvailabilityRow {
  id: number;
  quantity: string;
  is_never_out_of_stock: boolean;
}

// Stock counts only in active warehouses that serve the store.
const STORE_WAREHOUSES = `JOIN warehouse w ON w.id_warehouse = sp.fk_warehouse AND w.is_active
  JOIN warehouse_store ws ON ws.fk_warehouse = w.id_warehouse
  JOIN store s ON s.id_store = ws.fk_store AND s.name = $2`;

interface StockProductRow {
  id: number;
  warehouse: string;
  is_warehouse_active: boolean;
  quantity: number;
  is_never_out_of_stock: boolean;
}

const UNAVAILABLE: AvailabilityTransfer = { isAvailable: false, quantity: 0, isNeverOutOfStock: false };

@Injectable()
export class StockReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getConcreteAvailabilities(
    idsConcrete: readonly number[],
    storeName: string,
  ): Promise<ReadonlyMap<number, AvailabilityTransfer>> {
    const rows = await this.dataSource.query<AvailabilityRow[]>(
      `SELECT sp.fk_product_concrete AS id, sum(sp.quantity) AS quantity,
              bool_or(sp.is_never_out_of_stock) AS is_never_out_of_stock
       FROM stock_product sp ${STORE_WAREHOUSES}
       WHERE sp.fk_product_concrete = ANY($1::integer[])
       GROUP BY sp.fk_product_concrete`,
      [[...idsConcrete], storeName],
    );
    return toAvailabilities(idsConcrete, rows);
  }

  /** Every warehouse's stock row of each concrete, active warehouse or not, ordered by warehouse name. */
  async getStockProducts(
    idsConcrete: readonly number[],
  ): Promise<ReadonlyMap<number, readonly StockProductTransfer[]>> {
    const rows = await this.dataSource.query<StockProductRow[]>(
      `SELECT sp.fk_product_concrete AS id, w.name AS warehouse, w.is_active AS is_warehouse_active,
              sp.quantity, sp.is_never_out_of_stock
       FROM stock_product sp
       JOIN warehouse w ON w.id_warehouse = sp.fk_warehouse
       WHERE sp.fk_product_concrete = ANY($1::integer[])
       ORDER BY w.name`,
      [[...idsConcrete]],
    );
    return groupByIds(
      idsConcrete,
      rows,
      (row) => row.id,
      (row): StockProductTransfer => ({
        warehouseName: row.warehouse,
        isWarehouseActive: row.is_warehouse_active,
        quantity: row.quantity,
        isNeverOutOfStock: row.is_never_out_of_stock,
      }),
    );
  }

  async getAbstractAvailabilities(
    idsAbstract: readonly number[],
    storeName: string,
  ): Promise<ReadonlyMap<number, AvailabilityTransfer>> {
    const rows = await this.dataSource.query<AvailabilityRow[]>(
      `SELECT pc.fk_product_abstract AS id, sum(sp.quantity) AS quantity,
              bool_or(sp.is_never_out_of_stock) AS is_never_out_of_stock
       FROM product_concrete pc
       JOIN stock_product sp ON sp.fk_product_concrete = pc.id_product_concrete
       ${STORE_WAREHOUSES}
       WHERE pc.fk_product_abstract = ANY($1::integer[]) AND pc.is_active
       GROUP BY pc.fk_product_abstract`,
      [[...idsAbstract], storeName],
    );
    return toAvailabilities(idsAbstract, rows);
  }
}

function toAvailabilities(
  ids: readonly number[],
  rows: readonly AvailabilityRow[],
): Map<number, AvailabilityTransfer> {
  const availabilities = new Map<number, AvailabilityTransfer>(ids.map((id) => [id, UNAVAILABLE]));
  for (const row of rows) {
    const quantity = Number(row.quantity);
    availabilities.set(row.id, {
      isAvailable: row.is_never_out_of_stock || quantity > 0,
      quantity,
      isNeverOutOfStock: row.is_never_out_of_stock,
    });
  }
  return availabilities;
}
