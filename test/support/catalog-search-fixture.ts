/**
 * A catalogue small enough to count facets by hand, for the catalog search specs
 * (libs/zed-facades/src/catalog-search). Inserted with SQL into a migrated, unseeded database.
 *
 * | sku   | en name              | brand | colours      | category | labels    | DE EUR gross/net | rating | pop |
 * | cam-1 | Sony Alpha Camera    | Sony  | Black,Silver | Compact  | NEW       | 10000/8400 (abs) | 4.50   | 100 |
 * | cam-2 | Canon Snap Camera    | Canon | Black        | DSLR     | NEW,SALE  | 20000/16800 (min of concretes 20000, 25000) | 3.80 | 300 |
 * | cam-3 | Nikon Zoom Camera    | Nikon | Red          | DSLR     | SALE      | 30000/25200      | null   | 200 |
 * | aud-1 | Sony Bass Headphones | Sony  | Black,Red    | Audio    | OLD (inactive label) | 5000/4200 | 2.00 | 50 |
 * | aud-2 | Bose Quiet Speaker   | Bose  | White        | Audio    | NEW       | 15000/12600      | 4.90   | 400 |
 * | cam-4 | Sony Hidden Camera   | inactive product, priced                                                   |
 * | cam-5 | Sony Swiss Camera    | priced in CHF only (DE CHF 50000/42000)                                     |
 * cam-1 also has DE CHF 11000/9200, AT EUR 10500/8800 and an ORIGINAL DE EUR price 12000/10080.
 * Category nodes: Root > Cameras > (Compact, DSLR); Root > Audio. Store DE: de_DE, en_US; EUR, CHF.
 * Store AT: de_DE; EUR. German names say "Kameras" for cam-1 and "Kamera" for cam-2 and cam-3.
 */
import type { DataSource } from 'typeorm';

export interface CatalogSearchFixture {
  readonly nodes: { root: number; cameras: number; compact: number; dslr: number; audio: number };
  readonly abstractIds: Readonly<Record<string, number>>;
}

interface Product {
  sku: string;
  en: string;
  de: string;
  brand: string;
  active: boolean;
  concretes: { sku: string; color: string }[];
  category: 'compact' | 'dslr' | 'audio';
  labels: string[];
  rating: number | null;
  popularity: number;
}

const PRODUCTS: Product[] = [
  {
    sku: 'cam-1',
    en: 'Sony Alpha Camera',
    de: 'Sony Alpha Kameras',
    brand: 'Sony',
    active: true,
    concretes: [
      { sku: 'cam-1_b', color: 'Black' },
      { sku: 'cam-1_s', color: 'Silver' },
    ],
    category: 'compact',
    labels: ['NEW'],
    rating: 4.5,
    popularity: 100,
  },
  {
    sku: 'cam-2',
    en: 'Canon Snap Camera',
    de: 'Canon Snap Kamera',
    brand: 'Canon',
    active: true,
    concretes: [
      { sku: 'cam-2_b', color: 'Black' },
      { sku: 'cam-2_x', color: 'Black' },
    ],
    category: 'dslr',
    labels: ['NEW', 'SALE'],
    rating: 3.8,
    popularity: 300,
  },
  {
    sku: 'cam-3',
    en: 'Nikon Zoom Camera',
    de: 'Nikon Zoom Kamera',
    brand: 'Nikon',
    active: true,
    concretes: [{ sku: 'cam-3_r', color: 'Red' }],
    category: 'dslr',
    labels: ['SALE'],
    rating: null,
    popularity: 200,
  },
  {
    sku: 'aud-1',
    en: 'Sony Bass Headphones',
    de: 'Sony Bass Kopfhörer',
    brand: 'Sony',
    active: true,
    concretes: [
      { sku: 'aud-1_b', color: 'Black' },
      { sku: 'aud-1_r', color: 'Red' },
    ],
    category: 'audio',
    labels: ['OLD'],
    rating: 2,
    popularity: 50,
  },
  {
    sku: 'aud-2',
    en: 'Bose Quiet Speaker',
    de: 'Bose Quiet Lautsprecher',
    brand: 'Bose',
    active: true,
    concretes: [{ sku: 'aud-2_w', color: 'White' }],
    category: 'audio',
    labels: ['NEW'],
    rating: 4.9,
    popularity: 400,
  },
  {
    sku: 'cam-4',
    en: 'Sony Hidden Camera',
    de: 'Sony Versteckte Kamera',
    brand: 'Sony',
    active: false,
    concretes: [{ sku: 'cam-4_b', color: 'Black' }],
    category: 'compact',
    labels: [],
    rating: 5,
    popularity: 999,
  },
  {
    sku: 'cam-5',
    en: 'Sony Swiss Camera',
    de: 'Sony Schweizer Kamera',
    brand: 'Sony',
    active: true,
    concretes: [{ sku: 'cam-5_b', color: 'Black' }],
    category: 'compact',
    labels: [],
    rating: 1,
    popularity: 1,
  },
];

// [sku (abstract or concrete), store, currency, type, gross, net]
const PRICES: [string, string, string, string, number, number][] = [
  ['cam-1', 'DE', 'EUR', 'DEFAULT', 10000, 8400],
  ['cam-1', 'DE', 'EUR', 'ORIGINAL', 12000, 10080],
  ['cam-1', 'DE', 'CHF', 'DEFAULT', 11000, 9200],
  ['cam-1', 'AT', 'EUR', 'DEFAULT', 10500, 8800],
  ['cam-2_b', 'DE', 'EUR', 'DEFAULT', 25000, 21000],
  ['cam-2_x', 'DE', 'EUR', 'DEFAULT', 20000, 16800],
  ['cam-3', 'DE', 'EUR', 'DEFAULT', 30000, 25200],
  ['aud-1', 'DE', 'EUR', 'DEFAULT', 5000, 4200],
  ['aud-2', 'DE', 'EUR', 'DEFAULT', 15000, 12600],
  ['cam-4', 'DE', 'EUR', 'DEFAULT', 1000, 840],
  ['cam-5', 'DE', 'CHF', 'DEFAULT', 50000, 42000],
];

async function insertOne(dataSource: DataSource, sql: string, params: unknown[]): Promise<number> {
  const rows = await dataSource.query<{ id: number }[]>(`${sql} RETURNING 1 AS one, *`, params);
  const row = rows[0] as Record<string, number> | undefined;
  const id = row ? Object.entries(row).find(([key]) => key.startsWith('id_'))?.[1] : undefined;
  if (id === undefined) throw new Error(`No id from: ${sql}`);
  return id;
}

/** Inserts the catalogue above (not its search index). */
export async function insertCatalogSearchFixture(dataSource: DataSource): Promise<CatalogSearchFixture> {
  await dataSource.query(`
    INSERT INTO locale (locale_name) VALUES ('de_DE'), ('en_US'), ('fr_FR');
    INSERT INTO currency (code, name, symbol) VALUES ('EUR', 'Euro', '€'), ('CHF', 'Swiss Franc', 'CHF');
    INSERT INTO store (name, timezone, fk_default_locale, fk_default_currency)
      SELECT 'DE', 'Europe/Berlin', l.id_locale, c.id_currency FROM locale l, currency c WHERE l.locale_name = 'de_DE' AND c.code = 'EUR';
    INSERT INTO store (name, timezone, fk_default_locale, fk_default_currency)
      SELECT 'AT', 'Europe/Vienna', l.id_locale, c.id_currency FROM locale l, currency c WHERE l.locale_name = 'de_DE' AND c.code = 'EUR';
    INSERT INTO store_locale (fk_store, fk_locale) SELECT s.id_store, l.id_locale FROM store s, locale l
      WHERE (s.name = 'DE' AND l.locale_name IN ('de_DE', 'en_US')) OR (s.name = 'AT' AND l.locale_name = 'de_DE');
    INSERT INTO store_currency (fk_store, fk_currency) SELECT s.id_store, c.id_currency FROM store s, currency c
      WHERE s.name = 'DE' OR c.code = 'EUR';
    INSERT INTO product_label (name, is_active) VALUES ('NEW', true), ('SALE', true), ('OLD', false);`);
  const category = async (key: string, en: string, de: string, parent: number | null): Promise<number> => {
    const idCategory = await insertOne(dataSource, 'INSERT INTO category (category_key) VALUES ($1)', [key]);
    await dataSource.query(
      `INSERT INTO category_localized_attributes (fk_category, fk_locale, name, url)
       SELECT $1, id_locale, CASE locale_name WHEN 'de_DE' THEN $2 ELSE $3 END, '/' || $4 FROM locale
        WHERE locale_name IN ('de_DE', 'en_US')`,
      [idCategory, de, en, key],
    );
    return insertOne(
      dataSource,
      'INSERT INTO category_node (fk_category, fk_parent_category_node, is_root) VALUES ($1, $2, $3)',
      [idCategory, parent, parent === null],
    );
  };
  const root = await category('root', 'Catalog', 'Katalog', null);
  const cameras = await category('cameras', 'Cameras', 'Kameras', root);
  const compact = await category('compact', 'Compact cameras', 'Kompaktkameras', cameras);
  const dslr = await category('dslr', 'DSLR', 'Spiegelreflex', cameras);
  const audio = await category('audio', 'Audio', 'Audio', root);
  const categoryKeys = { compact: 'compact', dslr: 'dslr', audio: 'audio' } as const;

  const abstractIds: Record<string, number> = {};
  for (const product of PRODUCTS) {
    const id = await insertOne(
      dataSource,
      'INSERT INTO product_abstract (sku, is_active, attributes) VALUES ($1, $2, $3)',
      [product.sku, product.active, JSON.stringify({ brand: product.brand })],
    );
    abstractIds[product.sku] = id;
    await dataSource.query(
      `INSERT INTO product_abstract_localized_attributes (fk_product_abstract, fk_locale, name, description)
       SELECT $1, id_locale, CASE locale_name WHEN 'de_DE' THEN $2 ELSE $3 END, 'A fine product.' FROM locale
        WHERE locale_name IN ('de_DE', 'en_US')`,
      [id, product.de, product.en],
    );
    for (const concrete of product.concretes) {
      await dataSource.query(
        'INSERT INTO product_concrete (fk_product_abstract, sku, attributes) VALUES ($1, $2, $3)',
        [id, concrete.sku, JSON.stringify({ color: concrete.color })],
      );
    }
    await dataSource.query(
      `INSERT INTO product_category (fk_product_abstract, fk_category)
       SELECT $1, id_category FROM category WHERE category_key = $2`,
      [id, categoryKeys[product.category]],
    );
    await dataSource.query(
      `INSERT INTO product_label_product_abstract (fk_product_label, fk_product_abstract)
       SELECT id_product_label, $1 FROM product_label WHERE name = ANY ($2::text[])`,
      [id, product.labels],
    );
    await dataSource.query(
      'INSERT INTO product_abstract_metrics (fk_product_abstract, rating, popularity) VALUES ($1, $2, $3)',
      [id, product.rating, product.popularity],
    );
  }
  for (const [sku, store, currency, type, gross, net] of PRICES) {
    await dataSource.query(
      `INSERT INTO price_product (fk_product_abstract, fk_product_concrete, fk_store, fk_currency, price_type, gross_amount, net_amount)
       SELECT (SELECT id_product_abstract FROM product_abstract WHERE sku = $1),
              (SELECT id_product_concrete FROM product_concrete WHERE sku = $1),
              (SELECT id_store FROM store WHERE name = $2), (SELECT id_currency FROM currency WHERE code = $3), $4, $5, $6`,
      [sku, store, currency, type, gross, net],
    );
  }
  return { nodes: { root, cameras, compact, dslr, audio }, abstractIds };
}
