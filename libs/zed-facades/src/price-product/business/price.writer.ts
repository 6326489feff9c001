import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogPublisher } from '#zed-facades/catalog-storage';
import { PriceProductRepository, type PriceOwner } from '../persistence/price-product.repository.js';
import { PriceProductErrorCode, PriceProductException } from '../price-product.exception.js';
import type { PriceInput } from '../transfer/price.transfer.js';

/** Sets a product's price and publishes its storefront documents, in one transaction. */
@Injectable()
export class PriceWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PriceProductRepository,
    private readonly publisher: CatalogPublisher,
  ) {}

  async setPrice(owner: PriceOwner, input: PriceInput): Promise<void> {
    assertAmount(input.grossAmount, 'grossAmount');
    assertAmount(input.netAmount, 'netAmount');
    await this.dataSource.transaction(async (manager) => {
      const product = await this.repository.findOwner(manager, owner, input.sku);
      if (product === null) {
        throw new PriceProductException(
          PriceProductErrorCode.PRODUCT_NOT_FOUND,
          `No ${owner} product with sku "${input.sku}".`,
          'sku',
        );
      }
      if (!(await this.repository.upsertPrice(manager, owner, product.id, input))) {
        throw new PriceProductException(
          PriceProductErrorCode.CURRENCY_NOT_IN_STORE,
          `Store "${input.storeName}" does not offer the currency "${input.currencyCode}".`,
          'currencyCode',
        );
      }
      await this.publisher.abstractProductsChanged(manager, [product.abstract_sku]);
    });
  }
}

function assertAmount(amount: number, field: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new PriceProductException(
      PriceProductErrorCode.INVALID_AMOUNT,
      `${field} must be a non-negative integer in minor units.`,
      field,
    );
  }
}
