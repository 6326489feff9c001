import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds } from '#zed-facades/persistence-support';
import type { PriceTransfer, PriceTypeName } from '../transfer/price.transfer.js';

interface PriceRow {
  id: number;
  own: boolean;
  price_type: PriceTypeName;
  gross_amount: number;
  net_amount: number;
  code: string;
  name: string;
  symbol: string;
}

const PRICE_COLUMNS = `pp.price_type, pp.gross_amount, pp.net_amount, c.code, c.name, c.symbol`;
const PRICE_JOINS = `JOIN store s ON s.id_store = pp.fk_store AND s.name = $2
  JOIN currency c ON c.id_currency = pp.fk_currency AND ($3::varchar IS NULL OR c.code = $3)`;

/** Prices of one store, optionally one currency, for many products in one query. */
@Injectable()
export class PriceProductReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getAbstractPrices(
    idsAbstract: readonly number[],
    storeName: string,
    currencyCode: string | null,
  ): Promise<ReadonlyMap<number, readonly PriceTransfer[]>> {
    const rows = await this.dataSource.query<PriceRow[]>(
      `SELECT pp.fk_product_abstract AS id, true AS own, ${PRICE_COLUMNS}
       FROM price_product pp ${PRICE_JOINS}
       WHERE pp.fk_product_abstract = ANY($1::integer[])
       ORDER BY c.code, pp.price_type`,
      [[...idsAbstract], storeName, currencyCode],
    );
    return groupPrices(idsAbstract, rows);
  }

  /** A concrete's own price wins per currency and price type; otherwise its abstract's price applies. */
  async getConcretePrices(
    idsConcrete: readonly number[],
    storeName: string,
    currencyCode: string | null,
  ): Promise<ReadonlyMap<number, readonly PriceTransfer[]>> {
    const rows = await this.dataSource.query<PriceRow[]>(
      `SELECT pc.id_product_concrete AS id, pp.fk_product_concrete IS NOT NULL AS own, ${PRICE_COLUMNS}
       FROM product_concrete pc
       JOIN price_product pp ON pp.fk_product_concrete = pc.id_product_concrete
                             OR pp.fk_product_abstract = pc.fk_product_abstract
       ${PRICE_JOINS}
       WHERE pc.id_product_concrete = ANY($1::integer[])
       ORDER BY c.code, pp.price_type`,
      [[...idsConcrete], storeName, currencyCode],
    );
    const owned = new Set(
      rows.filter((row) => row.own).map((row) => `${row.id}:${row.code}:${row.price_type}`),
    );
    return groupPrices(
      idsConcrete,
      rows.filter((row) => row.own || !owned.has(`${row.id}:${row.code}:${row.price_type}`)),
    );
  }
}

function groupPrices(ids: readonly number[], rows: readonly PriceRow[]): Map<number, PriceTransfer[]> {
  return groupByIds(
    ids,
    rows,
    (row) => row.id,
    (row): PriceTransfer => ({
      priceTypeName: row.price_type,
      currency: { code: row.code, name: row.name, symbol: row.symbol },
      grossAmount: row.gross_amount,
      netAmount: row.net_amount,
    }),
  );
}
