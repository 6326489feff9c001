import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds, inKeyOrder } from '#zed-facades/persistence-support';
import type { ConcreteProductTransfer } from '../transfer/concrete-product.transfer.js';

/** One row of `SELECT_CONCRETES`: a concrete with its abstract and its texts already resolved. */
interface ConcreteRow {
  readonly id_product_concrete: number;
  readonly fk_product_abstract: number;
  readonly sku: string;
  readonly abstract_sku: string;
  readonly is_active: boolean;
  readonly is_discontinued: boolean;
  readonly name: string | null;
  readonly description: string | null;
  readonly meta_title: string | null;
  readonly meta_description: string | null;
  readonly meta_keywords: string | null;
  readonly abstract_attributes: Record<string, string>;
  readonly attributes: Record<string, string>;
  readonly created_at: Date;
  readonly updated_at: Date;
}

/**
 * Everything a concrete transfer needs in one statement, so a storefront read is one round trip. `$1` is
 * the locale name: the scalar subquery (locale_name is unique) runs once per statement and yields NULL for
 * an unknown locale, which leaves both localized joins empty, i.e. every text null, as before. COALESCE
 * applies the per-field fallback "concrete text, else abstract text, else null" (`??` semantics). The
 * attribute merge stays in code: jsonb `||` would re-sort the keys and change the JSON the API renders.
 */
const SELECT_CONCRETES = `
  SELECT c.id_product_concrete, c.fk_product_abstract, c.sku, a.sku AS abstract_sku,
         c.is_active, c.is_discontinued,
         COALESCE(cl.name, al.name) AS name,
         COALESCE(cl.description, al.description) AS description,
         COALESCE(cl.meta_title, al.meta_title) AS meta_title,
         COALESCE(cl.meta_description, al.meta_description) AS meta_description,
         COALESCE(cl.meta_keywords, al.meta_keywords) AS meta_keywords,
         a.attributes AS abstract_attributes, c.attributes, c.created_at, c.updated_at
  FROM product_concrete c
  JOIN product_abstract a ON a.id_product_abstract = c.fk_product_abstract
  LEFT JOIN product_concrete_localized_attributes cl
    ON cl.fk_product_concrete = c.id_product_concrete
   AND cl.fk_locale = (SELECT id_locale FROM locale WHERE locale_name = $1)
  LEFT JOIN product_abstract_localized_attributes al
    ON al.fk_product_abstract = c.fk_product_abstract
   AND al.fk_locale = (SELECT id_locale FROM locale WHERE locale_name = $1)`;

// Arrays bind as one parameter, so the statement text (and the server's parse work) is the same for any
// number of keys.
const BY_SKUS = `${SELECT_CONCRETES} WHERE c.sku = ANY($2::varchar[])`;
const BY_IDS = `${SELECT_CONCRETES} WHERE c.id_product_concrete = ANY($2::integer[])`;
// The order the lists promise is the database's sku order (its collation), as it always was.
const BY_ABSTRACT_IDS = `${SELECT_CONCRETES} WHERE c.fk_product_abstract = ANY($2::integer[]) ORDER BY c.sku`;

/** Reads concrete products for one locale in a single query, whatever the number of products. */
@Injectable()
export class ConcreteProductReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns the products in the order of `skus` (repeats included); unknown skus are omitted. */
  async findBySkus(skus: readonly string[], locale: string): Promise<readonly ConcreteProductTransfer[]> {
    if (skus.length === 0) {
      return [];
    }
    const rows = await this.dataSource.query<ConcreteRow[]>(BY_SKUS, [locale, [...new Set(skus)]]);
    return inKeyOrder(skus, rows.map(toTransfer), (product) => product.sku);
  }

  /** Returns the products in the order of `ids` (repeats included); unknown ids are omitted. */
  async hydrate(ids: readonly number[], locale: string): Promise<readonly ConcreteProductTransfer[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.dataSource.query<ConcreteRow[]>(BY_IDS, [locale, [...new Set(ids)]]);
    return inKeyOrder(ids, rows.map(toTransfer), (product) => product.idProductConcrete);
  }

  /** Concretes grouped by abstract id, each group ordered by sku; every requested id has an entry. */
  async getByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly ConcreteProductTransfer[]>> {
    const rows =
      idsAbstract.length === 0
        ? []
        : await this.dataSource.query<ConcreteRow[]>(BY_ABSTRACT_IDS, [locale, [...new Set(idsAbstract)]]);
    return groupByIds(idsAbstract, rows, (row) => row.fk_product_abstract, toTransfer);
  }
}

function toTransfer(row: ConcreteRow): ConcreteProductTransfer {
  return {
    idProductConcrete: row.id_product_concrete,
    idProductAbstract: row.fk_product_abstract,
    sku: row.sku,
    abstractSku: row.abstract_sku,
    isActive: row.is_active,
    isDiscontinued: row.is_discontinued,
    name: row.name,
    description: row.description,
    metaTitle: row.meta_title,
    metaDescription: row.meta_description,
    metaKeywords: row.meta_keywords,
    attributes: { ...row.abstract_attributes, ...row.attributes },
    superAttributeKeys: Object.keys(row.attributes).sort(),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
