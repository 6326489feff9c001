import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds } from '#zed-facades/persistence-support';
import type { ImageSetTransfer, ImageTransfer } from '../transfer/image-set.transfer.js';

interface ImageRow {
  id: number;
  id_product_image_set: number;
  name: string;
  is_localized: boolean;
  external_url_large: string | null;
  external_url_small: string | null;
}

type Owner = 'fk_product_abstract' | 'fk_product_concrete';

/** Image sets for many products and one locale in one query. */
@Injectable()
export class ProductImageSetReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getImageSets(
    owner: Owner,
    ids: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly ImageSetTransfer[]>> {
    const rows = await this.dataSource.query<ImageRow[]>(
      `SELECT s.${owner} AS id, s.id_product_image_set, s.name, s.fk_locale IS NOT NULL AS is_localized,
              i.external_url_large, i.external_url_small
       FROM product_image_set s
       LEFT JOIN locale l ON l.id_locale = s.fk_locale
       LEFT JOIN product_image i ON i.fk_product_image_set = s.id_product_image_set
       WHERE s.${owner} = ANY($1::integer[]) AND (s.fk_locale IS NULL OR l.locale_name = $2)
       ORDER BY s.${owner}, s.name, s.id_product_image_set, i.sort_order, i.id_product_image`,
      [[...ids], locale],
    );
    return groupSets(ids, rows);
  }
}

interface CollectedSet {
  localized: boolean;
  setId: number;
  images: ImageTransfer[];
}

/** Per product and set name, a set of the requested locale replaces the locale-less default set. */
function groupSets(ids: readonly number[], rows: readonly ImageRow[]): Map<number, ImageSetTransfer[]> {
  const rowsById = groupByIds(ids, rows, (row) => row.id);
  return new Map([...rowsById].map(([id, productRows]) => [id, collectSets(productRows)]));
}

/** The image sets of one product, from its rows in set name order. */
function collectSets(rows: readonly ImageRow[]): ImageSetTransfer[] {
  const sets = new Map<string, CollectedSet>();
  for (const row of rows) {
    let set = sets.get(row.name);
    if (!set || (row.is_localized && !set.localized)) {
      set = { localized: row.is_localized, setId: row.id_product_image_set, images: [] };
      sets.set(row.name, set);
    }
    if (set.setId === row.id_product_image_set && row.external_url_large !== null) {
      set.images.push({
        externalUrlLarge: row.external_url_large,
        externalUrlSmall: row.external_url_small ?? '',
      });
    }
  }
  return [...sets].map(([name, set]) => ({ name, images: set.images }));
}
