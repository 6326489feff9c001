import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogPublisher } from '#zed-facades/catalog-storage';
import { StockRepository } from '../persistence/stock.repository.js';
import { StockErrorCode, StockException } from '../stock.exception.js';
import type { StockInput } from '../transfer/stock.transfer.js';

/** Sets a concrete product's stock in a warehouse and publishes its storefront documents, in one transaction. */
@Injectable()
export class StockWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: StockRepository,
    private readonly publisher: CatalogPublisher,
  ) {}

  async setStock(input: StockInput): Promise<void> {
    if (!Number.isSafeInteger(input.quantity) || input.quantity < 0) {
      throw new StockException(
        StockErrorCode.INVALID_QUANTITY,
        'quantity must be a non-negative integer.',
        'quantity',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const target = await this.repository.findTarget(manager, input.concreteSku, input.warehouseName);
      if (target.id_product_concrete === null || target.abstract_sku === null) {
        throw new StockException(
          StockErrorCode.PRODUCT_NOT_FOUND,
          `No concrete product with sku "${input.concreteSku}".`,
          'concreteSku',
        );
      }
      if (target.id_warehouse === null) {
        throw new StockException(
          StockErrorCode.WAREHOUSE_NOT_FOUND,
          `No warehouse "${input.warehouseName}".`,
          'warehouseName',
        );
      }
      await this.repository.upsertStock(
        manager,
        target.id_product_concrete,
        target.id_warehouse,
        input.quantity,
        input.isNeverOutOfStock ?? false,
      );
      await this.publisher.abstractProductsChanged(manager, [target.abstract_sku]);
    });
  }
}
