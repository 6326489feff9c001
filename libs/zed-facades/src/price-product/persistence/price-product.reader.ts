import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds } from '#zed-facades/persistence-support';
import type {
  PriceTransfer,
  PriceTypeName,
  StorePriceTransfer,
  VolumePriceTransfer,
} from '../transfer/price.transfer.js';

/** Prices by product id; `null` when the store does not offer the currency (or does not exist). */
export type StorePrices = ReadonlyMap<number, readonly PriceTransfer[]>;

/** One row per price, or one row without a price for a store and currency in scope that prices nothing. */
interface ScopedPriceRow {
  store: string;
  code: string;
  name: string;
  symbol: string;
  id: number | null;
  own: boolean | null;
  price_type: PriceTypeName | null;
  gross_amount: number | null;
  net_amount: number | null;
  /** The price's volume tiers (`[]` without a price): PostgreSQL's JSON, parsed by the driver. */
  volume_prices: VolumePriceTransfer[];
}

interface PriceRow extends ScopedPriceRow {
  id: number;
  own: boolean;
  price_type: PriceTypeName;
  gross_amount: number;
  net_amount: number;
}

/**
 * The stores and currencies prices are read in. Every store and currency when the store (`$2`) is NULL
 * (the back office's view); otherwise one currency of that store: `$3` when the store offers it, else
 * the store's default. No row: the store does not offer `$3`. Prices then LEFT JOIN on the scope, so an
 * unknown currency and an unpriced product stay distinguishable in one statement.
 */
const PRICE_SCOPE = `price_scope AS (
  SELECT s.id_store, s.name AS store, c.id_currency, c.code, c.name, c.symbol
  FROM store s
  JOIN currency c ON CASE
    WHEN $2::varchar IS NULL THEN true
    WHEN $3::varchar IS NULL THEN c.id_currency = s.fk_default_currency
    ELSE c.code = $3 AND EXISTS (
      SELECT 1 FROM store_currency sc WHERE sc.fk_store = s.id_store AND sc.fk_currency = c.id_currency)
  END
  WHERE $2::varchar IS NULL OR s.name = $2
)`;
const SCOPE_COLUMNS = `ps.store, ps.code, ps.name, ps.symbol`;
/** A price's columns, its volume tiers aggregated in the same statement (one index probe per price). */
const PRICE_COLUMNS = `pp.price_type, pp.gross_amount, pp.net_amount,
  COALESCE((SELECT json_agg(json_build_object('quantity', v.quantity, 'grossAmount', v.gross_amount,
                                              'netAmount', v.net_amount) ORDER BY v.quantity)
            FROM price_product_volume v WHERE v.fk_price_product = pp.id_price_product), '[]') AS volume_prices`;
const PRICE_ORDER = `ORDER BY ps.store, ps.code, pp.price_type`;

/** Prices of one currency of one store, or of every store, for many products in one query. */
@Injectable()
export class PriceProductReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getAbstractPrices(
    idsAbstract: readonly number[],
    storeName: string,
    currencyCode: string | null,
  ): Promise<StorePrices | null> {
    const rows = await this.abstractRows(idsAbstract, storeName, currencyCode);
    return rows.length === 0 ? null : groupByIds(idsAbstract, rows.filter(isPriceRow), idOf, toPrice);
  }

  async getConcretePrices(
    idsConcrete: readonly number[],
    storeName: string,
    currencyCode: string | null,
  ): Promise<StorePrices | null> {
    const rows = await this.concreteRows(idsConcrete, storeName, currencyCode);
    return rows.length === 0 ? null : groupByIds(idsConcrete, rows.filter(isPriceRow), idOf, toPrice);
  }

  async getAbstractStorePrices(
    idsAbstract: readonly number[],
  ): Promise<ReadonlyMap<number, readonly StorePriceTransfer[]>> {
    const rows = await this.abstractRows(idsAbstract, null, null);
    return groupByIds(idsAbstract, rows.filter(isPriceRow), idOf, toStorePrice);
  }

  async getConcreteStorePrices(
    idsConcrete: readonly number[],
  ): Promise<ReadonlyMap<number, readonly StorePriceTransfer[]>> {
    const rows = await this.concreteRows(idsConcrete, null, null);
    return groupByIds(idsConcrete, rows.filter(isPriceRow), idOf, toStorePrice);
  }

  private abstractRows(
    idsAbstract: readonly number[],
    storeName: string | null,
    currencyCode: string | null,
  ): Promise<ScopedPriceRow[]> {
    return this.dataSource.query<ScopedPriceRow[]>(
      `WITH ${PRICE_SCOPE}
       SELECT ${SCOPE_COLUMNS}, pp.fk_product_abstract AS id, true AS own, ${PRICE_COLUMNS}
       FROM price_scope ps
       LEFT JOIN price_product pp ON pp.fk_store = ps.id_store AND pp.fk_currency = ps.id_currency
                                  AND pp.fk_product_abstract = ANY($1::integer[])
       ${PRICE_ORDER}`,
      [[...idsAbstract], storeName, currencyCode],
    );
  }

  /**
   * A concrete's own price wins per store, currency and price type; otherwise its abstract's applies
   * (and is marked inherited in the back office's view).
   */
  private async concreteRows(
    idsConcrete: readonly number[],
    storeName: string | null,
    currencyCode: string | null,
  ): Promise<ScopedPriceRow[]> {
    const rows = await this.dataSource.query<ScopedPriceRow[]>(
      `WITH ${PRICE_SCOPE}
       SELECT ${SCOPE_COLUMNS}, pc.id_product_concrete AS id, pp.fk_product_concrete IS NOT NULL AS own,
              ${PRICE_COLUMNS}
       FROM price_scope ps
       LEFT JOIN (product_concrete pc
                  JOIN price_product pp ON pp.fk_product_concrete = pc.id_product_concrete
                                        OR pp.fk_product_abstract = pc.fk_product_abstract)
              ON pp.fk_store = ps.id_store AND pp.fk_currency = ps.id_currency
             AND pc.id_product_concrete = ANY($1::integer[])
       ${PRICE_ORDER}`,
      [[...idsConcrete], storeName, currencyCode],
    );
    const key = (row: ScopedPriceRow): string => `${row.id}:${row.store}:${row.code}:${row.price_type}`;
    const owned = new Set(rows.filter((row) => row.own === true).map(key));
    return rows.filter((row) => row.own !== false || !owned.has(key(row)));
  }
}

function isPriceRow(row: ScopedPriceRow): row is PriceRow {
  return row.id !== null;
}

const idOf = (row: PriceRow): number => row.id;

function toPrice(row: PriceRow): PriceTransfer {
  return {
    priceTypeName: row.price_type,
    currency: { code: row.code, name: row.name, symbol: row.symbol },
    grossAmount: row.gross_amount,
    netAmount: row.net_amount,
    volumePrices: row.volume_prices,
  };
}

function toStorePrice(row: PriceRow): StorePriceTransfer {
  return { storeName: row.store, ...toPrice(row), isInherited: !row.own };
}
