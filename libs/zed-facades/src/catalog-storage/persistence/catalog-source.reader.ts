import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StoredProductLabel } from '../transfer/catalog-documents.js';

/** A store with what its documents are published for. */
export interface SourceStoreRow {
  readonly store: string;
  readonly default_currency: string;
  /** `store_locale`, by name. */
  readonly locales: string[];
  /** `store_currency`, by code. */
  readonly currencies: string[];
  /** Decimals of each offered currency's minor unit, by code. */
  readonly fraction_digits: Record<string, number>;
}

/** An abstract product with its texts in one locale and its active variants. */
export interface SourceAbstractRow {
  readonly id_product_abstract: number;
  readonly sku: string;
  readonly is_active: boolean;
  readonly locale: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly meta_title: string | null;
  readonly meta_description: string | null;
  readonly meta_keywords: string | null;
  readonly url: string | null;
  readonly attributes: Record<string, string>;
  readonly concrete_products: {
    idProductConcrete: number;
    sku: string;
    attributes: Record<string, string>;
  }[];
  readonly created_at: Date;
  readonly updated_at: Date;
  /** Its active labels in the locale (validity windows kept: whether one is shown is decided when read). */
  readonly labels: StoredProductLabel[];
}

/** A concrete product with its texts in one locale (the concrete's, else its abstract's). */
export interface SourceConcreteRow {
  readonly id_product_concrete: number;
  readonly fk_product_abstract: number;
  readonly sku: string;
  readonly abstract_sku: string;
  readonly is_active: boolean;
  readonly is_discontinued: boolean;
  readonly locale: string;
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

/** A price of an abstract (`concrete_sku` null) or of a concrete. */
export interface SourcePriceRow {
  readonly abstract_sku: string;
  readonly concrete_sku: string | null;
  readonly store: string;
  readonly code: string;
  readonly name: string;
  readonly symbol: string;
  readonly price_type: 'DEFAULT' | 'ORIGINAL';
  readonly gross_amount: number;
  readonly net_amount: number;
  readonly volume_prices: { quantity: number; grossAmount: number; netAmount: number }[];
}

/** A concrete's stock summed over the active warehouses serving a store. */
export interface SourceStockRow {
  readonly abstract_sku: string;
  readonly concrete_sku: string;
  readonly is_active: boolean;
  readonly store: string;
  readonly quantity: string;
  readonly is_never_out_of_stock: boolean;
}

/** One image (or an image set without images) of an abstract (`concrete_sku` null) or a concrete. */
export interface SourceImageRow {
  readonly abstract_sku: string;
  readonly concrete_sku: string | null;
  readonly id_product_image_set: number;
  readonly name: string;
  /** Null: the locale-less default set. */
  readonly locale: string | null;
  readonly external_url_large: string | null;
  readonly external_url_small: string | null;
}

/** One of the category nodes an abstract product is shown under. */
export interface SourceCategoryLinkRow {
  readonly abstract_sku: string;
  readonly id_category_node: number;
}

/** Everything the documents of some abstract products are made of: one statement per kind of row. */
export interface CatalogSource {
  readonly stores: readonly SourceStoreRow[];
  readonly abstracts: readonly SourceAbstractRow[];
  readonly concretes: readonly SourceConcreteRow[];
  readonly prices: readonly SourcePriceRow[];
  readonly stock: readonly SourceStockRow[];
  readonly images: readonly SourceImageRow[];
  readonly categoryLinks: readonly SourceCategoryLinkRow[];
}

const STORES = `
  SELECT s.name AS store, dc.code AS default_currency,
         ARRAY(SELECT l.locale_name FROM store_locale sl JOIN locale l ON l.id_locale = sl.fk_locale
               WHERE sl.fk_store = s.id_store ORDER BY l.locale_name) AS locales,
         ARRAY(SELECT c.code FROM store_currency sc JOIN currency c ON c.id_currency = sc.fk_currency
               WHERE sc.fk_store = s.id_store ORDER BY c.code) AS currencies,
         (SELECT coalesce(json_object_agg(c.code, c.fraction_digits ORDER BY c.code), '{}'::json)
            FROM store_currency sc JOIN currency c ON c.id_currency = sc.fk_currency
           WHERE sc.fk_store = s.id_store) AS fraction_digits
  FROM store s JOIN currency dc ON dc.id_currency = s.fk_default_currency
  ORDER BY s.name`;

// The storefront readers' statements (abstract-product.reader, concrete-product.reader), for every
// locale at once: the same fallbacks and the same orders (the database's collation), so the published
// documents equal what those readers answered.
const ABSTRACTS = `
  SELECT a.id_product_abstract, a.sku, a.is_active, l.locale_name AS locale,
         al.name, al.description, al.meta_title, al.meta_description, al.meta_keywords, al.url,
         a.attributes,
         COALESCE(
           (SELECT json_agg(json_build_object('idProductConcrete', c.id_product_concrete, 'sku', c.sku,
                                              'attributes', c.attributes) ORDER BY c.sku)
            FROM product_concrete c
            WHERE c.fk_product_abstract = a.id_product_abstract AND c.is_active),
           '[]'::json) AS concrete_products,
         a.created_at, a.updated_at,
         COALESCE(
           (SELECT json_agg(json_build_object('idProductLabel', pl.id_product_label,
                                              'name', COALESCE(pll.name, pl.name),
                                              'isExclusive', pl.is_exclusive, 'position', pl.position,
                                              'frontEndReference', pl.front_end_reference,
                                              'validFrom', pl.valid_from, 'validTo', pl.valid_to)
                            ORDER BY pl.position, pl.id_product_label)
            FROM product_label_product_abstract pla
            JOIN product_label pl ON pl.id_product_label = pla.fk_product_label AND pl.is_active
            LEFT JOIN product_label_localized_attributes pll
              ON pll.fk_product_label = pl.id_product_label AND pll.fk_locale = l.id_locale
            WHERE pla.fk_product_abstract = a.id_product_abstract),
           '[]'::json) AS labels
  FROM product_abstract a
  JOIN locale l ON l.locale_name = ANY($2::varchar[])
  LEFT JOIN product_abstract_localized_attributes al
    ON al.fk_product_abstract = a.id_product_abstract AND al.fk_locale = l.id_locale
  WHERE a.sku = ANY($1::varchar[])`;

const CONCRETES = `
  SELECT c.id_product_concrete, c.fk_product_abstract, c.sku, a.sku AS abstract_sku,
         c.is_active, c.is_discontinued, l.locale_name AS locale,
         COALESCE(cl.name, al.name) AS name,
         COALESCE(cl.description, al.description) AS description,
         COALESCE(cl.meta_title, al.meta_title) AS meta_title,
         COALESCE(cl.meta_description, al.meta_description) AS meta_description,
         COALESCE(cl.meta_keywords, al.meta_keywords) AS meta_keywords,
         a.attributes AS abstract_attributes, c.attributes, c.created_at, c.updated_at
  FROM product_concrete c
  JOIN product_abstract a ON a.id_product_abstract = c.fk_product_abstract
  JOIN locale l ON l.locale_name = ANY($2::varchar[])
  LEFT JOIN product_concrete_localized_attributes cl
    ON cl.fk_product_concrete = c.id_product_concrete AND cl.fk_locale = l.id_locale
  LEFT JOIN product_abstract_localized_attributes al
    ON al.fk_product_abstract = c.fk_product_abstract AND al.fk_locale = l.id_locale
  WHERE a.sku = ANY($1::varchar[])
  ORDER BY c.sku`;

// Abstracts' and concretes' rows in two index-friendly halves (an OR across both owners would not be).
const PRICE_COLUMNS = `s.name AS store, cu.code, cu.name, cu.symbol, pp.price_type, pp.gross_amount, pp.net_amount,
  COALESCE((SELECT json_agg(json_build_object('quantity', v.quantity, 'grossAmount', v.gross_amount,
                                              'netAmount', v.net_amount) ORDER BY v.quantity)
            FROM price_product_volume v WHERE v.fk_price_product = pp.id_price_product), '[]') AS volume_prices`;
const PRICE_SCOPE = `JOIN store s ON s.id_store = pp.fk_store JOIN currency cu ON cu.id_currency = pp.fk_currency`;
const PRICES = `
  WITH a AS (SELECT id_product_abstract, sku FROM product_abstract WHERE sku = ANY($1::varchar[]))
  SELECT * FROM (
    SELECT a.sku AS abstract_sku, NULL::varchar AS concrete_sku, ${PRICE_COLUMNS}
    FROM a JOIN price_product pp ON pp.fk_product_abstract = a.id_product_abstract ${PRICE_SCOPE}
    UNION ALL
    SELECT a.sku, pc.sku, ${PRICE_COLUMNS}
    FROM a JOIN product_concrete pc ON pc.fk_product_abstract = a.id_product_abstract
    JOIN price_product pp ON pp.fk_product_concrete = pc.id_product_concrete ${PRICE_SCOPE}
  ) prices
  ORDER BY store, code, price_type`;

const STOCK = `
  SELECT a.sku AS abstract_sku, pc.sku AS concrete_sku, pc.is_active, s.name AS store,
         sum(sp.quantity) AS quantity, bool_or(sp.is_never_out_of_stock) AS is_never_out_of_stock
  FROM product_abstract a
  JOIN product_concrete pc ON pc.fk_product_abstract = a.id_product_abstract
  JOIN stock_product sp ON sp.fk_product_concrete = pc.id_product_concrete
  JOIN warehouse w ON w.id_warehouse = sp.fk_warehouse AND w.is_active
  JOIN warehouse_store ws ON ws.fk_warehouse = w.id_warehouse
  JOIN store s ON s.id_store = ws.fk_store
  WHERE a.sku = ANY($1::varchar[])
  GROUP BY a.sku, pc.sku, pc.is_active, s.name`;

const IMAGE_COLUMNS = `s.id_product_image_set, s.name, l.locale_name AS locale,
  i.external_url_large, i.external_url_small, i.sort_order, i.id_product_image`;
const IMAGE_DETAILS = `LEFT JOIN locale l ON l.id_locale = s.fk_locale
  LEFT JOIN product_image i ON i.fk_product_image_set = s.id_product_image_set`;
const IMAGES = `
  WITH a AS (SELECT id_product_abstract, sku FROM product_abstract WHERE sku = ANY($1::varchar[]))
  SELECT abstract_sku, concrete_sku, id_product_image_set, name, locale, external_url_large, external_url_small
  FROM (
    SELECT a.sku AS abstract_sku, NULL::varchar AS concrete_sku, ${IMAGE_COLUMNS}
    FROM a JOIN product_image_set s ON s.fk_product_abstract = a.id_product_abstract ${IMAGE_DETAILS}
    UNION ALL
    SELECT a.sku, pc.sku, ${IMAGE_COLUMNS}
    FROM a JOIN product_concrete pc ON pc.fk_product_abstract = a.id_product_abstract
    JOIN product_image_set s ON s.fk_product_concrete = pc.id_product_concrete ${IMAGE_DETAILS}
  ) images
  ORDER BY name, id_product_image_set, sort_order, id_product_image`;

// In the order the product was assigned to its categories (a category's nodes in sibling order), as the
// category reader gives a product's nodes.
const CATEGORY_LINKS = `
  SELECT a.sku AS abstract_sku, n.id_category_node
  FROM product_abstract a
  JOIN product_category pc ON pc.fk_product_abstract = a.id_product_abstract
  JOIN category_node n ON n.fk_category = pc.fk_category
  WHERE a.sku = ANY($1::varchar[])
  ORDER BY pc.id_product_category, n.node_order, n.id_category_node`;

/**
 * Reads what the published documents of some abstract products are made of from the normalized
 * tables, through the caller's transaction (so it sees the write being published): seven statements,
 * whatever the number of products.
 */
@Injectable()
export class CatalogSourceReader {
  /** Every store with its locales and currencies, by name. */
  readStores(manager: EntityManager): Promise<SourceStoreRow[]> {
    return manager.query<SourceStoreRow[]>(STORES);
  }

  async read(manager: EntityManager, abstractSkus: readonly string[]): Promise<CatalogSource> {
    const stores = await this.readStores(manager);
    const locales = [...new Set(stores.flatMap((store) => store.locales))];
    const skus = [...new Set(abstractSkus)];
    return {
      stores,
      abstracts: await manager.query<SourceAbstractRow[]>(ABSTRACTS, [skus, locales]),
      concretes: await manager.query<SourceConcreteRow[]>(CONCRETES, [skus, locales]),
      prices: await manager.query<SourcePriceRow[]>(PRICES, [skus]),
      stock: await manager.query<SourceStockRow[]>(STOCK, [skus]),
      images: await manager.query<SourceImageRow[]>(IMAGES, [skus]),
      categoryLinks: await manager.query<SourceCategoryLinkRow[]>(CATEGORY_LINKS, [skus]),
    };
  }
}
