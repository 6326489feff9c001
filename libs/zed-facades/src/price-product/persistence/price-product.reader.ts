import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds } from '#zed-facades/persistence-support';
import type { PriceTransfer, PriceTypeName, StorePriceTransfer } from '../transfer/price.transfer.js';

interface PriceRow {
  id: number;
  own: boolean;
  store: string;
  price_type: PriceTypeName;
  gross_amount: number;
  net_amount: number;
  code: string;
  name: string;
  symbol: string;
}

const PRICE_COLUMNS = `s.name AS store, pp.price_type, pp.gross_amount, pp.net_amount, c.code, c.name, c.symbol`;
// A NULL store or currency means every one.
const PRICE_JOINS = `JOIN store s ON s.id_store = pp.fk_store AND ($2::varchar IS NULL OR s.name = $2)
  JOIN currency c ON c.id_currency = pp.fk_currency AND ($3::varchar IS NULL OR c.code = $3)`;
const PRICE_ORDER = `ORDER BY s.name, c.code, pp.price_type`;

/** Prices of one store or every store, optionally one currency, for many products in one query. */
@Injectable()
export class PriceProductReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getAbstractPrices(
    idsAbstract: readonly number[],
    storeName: string,
    currencyCode: string | null,
  ): Promise<ReadonlyMap<number, readonly PriceTransfer[]>> {
    return groupByIds(
      idsAbstract,
      await this.abstractRows(idsAbstract, storeName, currencyCode),
      idOf,
      toPrice,
    );
  }

  async getConcretePrices(
    idsConcrete: readonly number[],
    storeName: string,
    currencyCode: string | null,
  ): Promise<ReadonlyMap<number, readonly PriceTransfer[]>> {
    return groupByIds(
      idsConcrete,
      await this.concreteRows(idsConcrete, storeName, currencyCode),
      idOf,
      toPrice,
    );
  }

  async getAbstractStorePrices(
    idsAbstract: readonly number[],
  ): Promise<ReadonlyMap<number, readonly StorePriceTransfer[]>> {
    return groupByIds(idsAbstract, await this.abstractRows(idsAbstract, null, null), idOf, toStorePrice);
  }

  async getConcreteStorePrices(
    idsConcrete: readonly number[],
  ): Promise<ReadonlyMap<number, readonly StorePriceTransfer[]>> {
    return groupByIds(idsConcrete, await this.concreteRows(idsConcrete, null, null), idOf, toStorePrice);
  }

  private abstractRows(
    idsAbstract: readonly number[],
    storeName: string | null,
    currencyCode: string | null,
  ): Promise<PriceRow[]> {
    return this.dataSource.query<PriceRow[]>(
      `SELECT pp.fk_product_abstract AS id, true AS own, ${PRICE_COLUMNS}
       FROM price_product pp ${PRICE_JOINS}
       WHERE pp.fk_product_abstract = ANY($1::integer[])
       ${PRICE_ORDER}`,
      [[...idsAbstract], storeName, currencyCode],
    );
  }

  /** A concrete's own price wins per store, currency and price type; otherwise its abstract's applies. */
  private async concreteRows(
    idsConcrete: readonly number[],
    storeName: string | null,
    currencyCode: string | null,
  ): Promise<PriceRow[]> {
    const rows = await this.dataSource.query<PriceRow[]>(
      `SELECT pc.id_product_concrete AS id, pp.fk_product_concrete IS NOT NULL AS own, ${PRICE_COLUMNS}
       FROM product_concrete pc
       JOIN price_product pp ON pp.fk_product_concrete = pc.id_product_concrete
                             OR pp.fk_product_abstract = pc.fk_product_abstract
       ${PRICE_JOINS}
       WHERE pc.id_product_concrete = ANY($1::integer[])
       ${PRICE_ORDER}`,
      [[...idsConcrete], storeName, currencyCode],
    );
    const key = (row: PriceRow): string => `${row.id}:${row.store}:${row.code}:${row.price_type}`;
    const owned = new Set(rows.filter((row) => row.own).map(key));
    return rows.filter((row) => row.own || !owned.has(key(row)));
  }
}

const idOf = (row: PriceRow): number => row.id;

function toPrice(row: PriceRow): PriceTransfer {
  return {
    priceTypeName: row.price_type,
    currency: { code: row.code, name: row.name, symbol: row.symbol },
    grossAmount: row.gross_amount,
    netAmount: row.net_amount,
  };
}

function toStorePrice(row: PriceRow): StorePriceTransfer {
  return { storeName: row.store, ...toPrice(row), isInherited: !row.own };
}
