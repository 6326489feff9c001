import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds } from '#zed-facades/persistence-support';
import type { ProductLabelTransfer } from '../transfer/product-label.transfer.js';

interface LabelRow {
  id_product_label: number;
  name: string;
  is_exclusive: boolean;
  position: number;
  front_end_reference: string;
}

interface AssignedLabelRow extends LabelRow {
  fk_product_abstract: number;
}

// $1 is always the locale name. A label is shown while active and inside its validity window.
const LABEL_SELECT = `
  SELECT pl.id_product_label, COALESCE(pll.name, pl.name) AS name, pl.is_exclusive, pl.position,
         pl.front_end_reference
  FROM product_label pl
  LEFT JOIN locale l ON l.locale_name = $1
  LEFT JOIN product_label_localized_attributes pll
    ON pll.fk_product_label = pl.id_product_label AND pll.fk_locale = l.id_locale`;
const SHOWN = `pl.is_active AND (pl.valid_from IS NULL OR pl.valid_from <= now())
  AND (pl.valid_to IS NULL OR pl.valid_to >= now())`;

/** The labels the storefront shows: by id, or those of many abstract products, in one query each. */
@Injectable()
export class ProductLabelReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findShownByIds(ids: readonly number[], locale: string): Promise<ProductLabelTransfer[]> {
    const rows = await this.dataSource.query<LabelRow[]>(
      `${LABEL_SELECT} WHERE pl.id_product_label = ANY($2::integer[]) AND ${SHOWN}
       ORDER BY pl.position, pl.id_product_label`,
      [locale, [...ids]],
    );
    return rows.map(toTransfer);
  }

  async getShownByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly ProductLabelTransfer[]>> {
    const rows = await this.dataSource.query<AssignedLabelRow[]>(
      `SELECT a.fk_product_abstract, labels.*
       FROM product_label_product_abstract a
       JOIN (${LABEL_SELECT} WHERE ${SHOWN}) labels ON labels.id_product_label = a.fk_product_label
       WHERE a.fk_product_abstract = ANY($2::integer[])
       ORDER BY a.fk_product_abstract, labels.position, labels.id_product_label`,
      [locale, [...idsAbstract]],
    );
    return groupByIds(idsAbstract, rows, (row) => row.fk_product_abstract, toTransfer);
  }
}

function toTransfer(row: LabelRow): ProductLabelTransfer {
  return {
    idProductLabel: row.id_product_label,
    name: row.name,
    isExclusive: row.is_exclusive,
    position: row.position,
    frontEndReference: row.front_end_reference,
  };
}
