import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PriceTypeName } from '../transfer/price.transfer.js';

/** Whose price: an abstract product's or a concrete product's. */
export type PriceOwner = 'abstract' | 'concrete';

/** The product a price belongs to, and the abstract sku whose documents it is published in. */
export interface PriceOwnerRow {
  readonly id: number;
  readonly abstract_sku: string;
}

const OWNERS: Record<PriceOwner, string> = {
  abstract: `SELECT id_product_abstract AS id, sku AS abstract_sku FROM product_abstract WHERE sku = $1`,
  concrete: `SELECT c.id_product_concrete AS id, a.sku AS abstract_sku FROM product_concrete c
             JOIN product_abstract a ON a.id_product_abstract = c.fk_product_abstract WHERE c.sku = $1`,
};

// A store prices in the currencies it offers and in its default currency (what the storefront reads).
const UPSERT = (column: string): string => `
  INSERT INTO price_product (${column}, fk_store, fk_currency, price_type, gross_amount, net_amount)
  SELECT $1, s.id_store, c.id_currency, $4, $5, $6
  FROM store s JOIN currency c ON c.code = $3
  WHERE s.name = $2 AND (c.id_currency = s.fk_default_currency OR EXISTS (
    SELECT 1 FROM store_currency sc WHERE sc.fk_store = s.id_store AND sc.fk_currency = c.id_currency))
  ON CONFLICT (${column}, fk_store, fk_currency, price_type) WHERE ${column} IS NOT NULL
  DO UPDATE SET gross_amount = EXCLUDED.gross_amount, net_amount = EXCLUDED.net_amount
  RETURNING id_price_product`;

/** Price writes, through the caller's transaction. */
@Injectable()
export class PriceProductRepository {
  async findOwner(manager: EntityManager, owner: PriceOwner, sku: string): Promise<PriceOwnerRow | null> {
    const [row] = await manager.query<PriceOwnerRow[]>(OWNERS[owner], [sku]);
    return row ?? null;
  }

  /** Sets the amounts of one price; false when the store does not exist or does not offer the currency. */
  async upsertPrice(
    manager: EntityManager,
    owner: PriceOwner,
    id: number,
    price: {
      readonly storeName: string;
      readonly currencyCode: string;
      readonly priceTypeName: PriceTypeName;
      readonly grossAmount: number;
      readonly netAmount: number;
    },
  ): Promise<boolean> {
    const column = owner === 'abstract' ? 'fk_product_abstract' : 'fk_product_concrete';
    const rows = await manager.query<unknown[]>(UPSERT(column), [
      id,
      price.storeName,
      price.currencyCode,
      price.priceTypeName,
      price.grossAmount,
      price.netAmount,
    ]);
    return rows.length > 0;
  }
}
