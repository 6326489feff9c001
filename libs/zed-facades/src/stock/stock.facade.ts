import { Injectable } from '@nestjs/common';
import { StockWriter } from './business/stock.writer.js';
import { StockReader } from './persistence/stock.reader.js';
import type { AvailabilityTransfer, StockInput, StockProductTransfer } from './transfer/stock.transfer.js';

/**
 * Warehouse stock and the availability it implies per store. Maps carry an entry for every requested id;
 * a product with no stock in the store's warehouses is unavailable with quantity 0.
 */
@Injectable()
export class StockFacade {
  constructor(
    private readonly stockReader: StockReader,
    private readonly stockWriter: StockWriter,
  ) {}

  /**
   * Sets a concrete product's quantity in one warehouse and publishes the product's storefront
   * documents in the same transaction. Throws `StockException`.
   */
  setStock(input: StockInput): Promise<void> {
    return this.stockWriter.setStock(input);
  }

  /** Summed over the active warehouses serving `storeName`. */
  getConcreteAvailabilities(
    idsConcrete: readonly number[],
    storeName: string,
  ): Promise<ReadonlyMap<number, AvailabilityTransfer>> {
    return this.stockReader.getConcreteAvailabilities(idsConcrete, storeName);
  }

  /** Summed over the abstract's active concretes in the active warehouses serving `storeName`. */
  getAbstractAvailabilities(
    idsAbstract: readonly number[],
    storeName: string,
  ): Promise<ReadonlyMap<number, AvailabilityTransfer>> {
    return this.stockReader.getAbstractAvailabilities(idsAbstract, storeName);
  }

  /**
   * The stock rows of each concrete, one per warehouse it is stocked in (active or not), ordered by
   * warehouse name; every requested id has an entry. One query, whatever the number of ids.
   */
  getStockProducts(
    idsConcrete: readonly number[],
  ): Promise<ReadonlyMap<number, readonly StockProductTransfer[]>> {
    return this.stockReader.getStockProducts(idsConcrete);
  }
}
