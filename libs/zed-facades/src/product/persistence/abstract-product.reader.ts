import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inKeyOrder } from '#zed-facades/persistence-support';
import { computeSuperAttributes } from '#zed-facades/catalog-storage';
import type {
  AbstractProductConcreteTransfer,
  AbstractProductTransfer,
} from '../transfer/abstract-product.transfer.js';

/** One row of `SELECT_ABSTRACTS`: an abstract, its texts in one locale and its active concretes. */
interface AbstractRow {
  readonly id_product_abstract: number;
  readonly sku: string;
  readonly is_active: boolean;
  readonly name: string | null;
  readonly description: string | null;
  readonly meta_title: string | null;
  readonly meta_description: string | null;
  readonly meta_keywords: string | null;
  readonly url: string | null;
  readonly attributes: Record<string, string>;
  /** Already in transfer shape (`json_build_object` keeps its key order); `pg` parses the json. */
  readonly concrete_products: AbstractProductConcreteTransfer[];
  readonly created_at: Date;
  readonly updated_at: Date;
}

/**
 * Everything an abstract transfer needs in one statement, so a storefront read is one round trip. `$1` is
 * the locale name (unique; an unknown one leaves the texts null). The active concretes are aggregated per
 * abstract, ordered by sku in the database's collation as before, instead of being read by a second query:
 * one row per abstract keeps the abstract's columns from repeating once per variant. The aggregate runs
 * over the index on fk_product_abstract; an abstract without active concretes gets an empty array.
 */
const SELECT_ABSTRACTS = `
  SELECT a.id_product_abstract, a.sku, a.is_active,
         al.name, al.description, al.meta_title, al.meta_description, al.meta_keywords, al.url,
         a.attributes,
         COALESCE(
           (SELECT json_agg(
                     json_build_object(
                       'idProductConcrete', c.id_product_concrete,
                       'sku', c.sku,
                       'attributes', c.attributes)
                     ORDER BY c.sku)
            FROM product_concrete c
            WHERE c.fk_product_abstract = a.id_product_abstract AND c.is_active),
           '[]'::json) AS concrete_products,
         a.created_at, a.updated_at
  FROM product_abstract a
  LEFT JOIN product_abstract_localized_attributes al
    ON al.fk_product_abstract = a.id_product_abstract
   AND al.fk_locale = (SELECT id_locale FROM locale WHERE locale_name = $1)`;

// Arrays bind as one parameter, so the statement text is the same for any number of keys.
const BY_SKUS = `${SELECT_ABSTRACTS} WHERE a.sku = ANY($2::varchar[])`;
const BY_IDS = `${SELECT_ABSTRACTS} WHERE a.id_product_abstract = ANY($2::integer[])`;

/** Reads abstract products for one locale in a single query, whatever the number of products. */
@Injectable()
export class AbstractProductReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns the products in the order of `skus` (repeats included); unknown skus are omitted. */
  async findBySkus(skus: readonly string[], locale: string): Promise<readonly AbstractProductTransfer[]> {
    if (skus.length === 0) {
      return [];
    }
    const rows = await this.dataSource.query<AbstractRow[]>(BY_SKUS, [locale, [...new Set(skus)]]);
    return inKeyOrder(skus, rows.map(toTransfer), (product) => product.sku);
  }

  /** Returns the products in the order of `ids` (repeats included); unknown ids are omitted. */
  async hydrate(ids: readonly number[], locale: string): Promise<readonly AbstractProductTransfer[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.dataSource.query<AbstractRow[]>(BY_IDS, [locale, [...new Set(ids)]]);
    return inKeyOrder(ids, rows.map(toTransfer), (product) => product.idProductAbstract);
  }
}

function toTransfer(row: AbstractRow): AbstractProductTransfer {
  const variants = row.concrete_products;
  return {
    idProductAbstract: row.id_product_abstract,
    sku: row.sku,
    isActive: row.is_active,
    name: row.name,
    description: row.description,
    metaTitle: row.meta_title,
    metaDescription: row.meta_description,
    metaKeywords: row.meta_keywords,
    url: row.url,
    attributes: row.attributes,
    superAttributes: computeSuperAttributes(variants.map((variant) => variant.attributes)),
    concreteProducts: variants,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
