import { DataSource } from 'typeorm';
import { rejectionOf } from '../../../../../test/support/rejection.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../../test/support/spec-database.js';
import { loadLargeCatalog, type LargeCatalogResult } from './large-catalog.loader.js';
import { LargeSeedRefusal } from './large-catalog.reference.js';

const PRODUCTS = 300;

/**
 * Everything a seed wrote for its products, without ids and with the seed's SKU prefix taken out: the
 * same seed on two databases gives the same fingerprint; another seed, other data.
 */
const FINGERPRINT_SQL = `
WITH abstract AS (SELECT * FROM product_abstract WHERE starts_with(sku, $1)),
     concrete AS (SELECT c.*, a.sku AS abstract_sku FROM product_concrete c JOIN abstract a ON a.id_product_abstract = c.fk_product_abstract),
     owner AS (SELECT id_product_abstract AS abstract_id, NULL::int AS concrete_id, sku FROM abstract
               UNION ALL SELECT NULL, id_product_concrete, sku FROM concrete),
     line AS (
  SELECT concat_ws('|', 'a', sku, attributes, is_active, created_at) AS text FROM abstract
  UNION ALL SELECT concat_ws('|', 'al', a.sku, l.locale_name, t.name, t.description, t.meta_title, t.meta_description, t.meta_keywords, t.url)
    FROM abstract a JOIN product_abstract_localized_attributes t ON t.fk_product_abstract = a.id_product_abstract JOIN locale l ON l.id_locale = t.fk_locale
  UNION ALL SELECT concat_ws('|', 'c', sku, abstract_sku, attributes, is_discontinued) FROM concrete
  UNION ALL SELECT concat_ws('|', 'cl', c.sku, l.locale_name, t.name, t.description)
    FROM concrete c JOIN product_concrete_localized_attributes t ON t.fk_product_concrete = c.id_product_concrete JOIN locale l ON l.id_locale = t.fk_locale
  UNION ALL SELECT concat_ws('|', 'p', o.sku, s.name, cu.code, p.price_type, p.gross_amount, p.net_amount)
    FROM owner o JOIN price_product p ON p.fk_product_abstract = o.abstract_id OR p.fk_product_concrete = o.concrete_id
    JOIN store s ON s.id_store = p.fk_store JOIN currency cu ON cu.id_currency = p.fk_currency
  UNION ALL SELECT concat_ws('|', 's', c.sku, w.name, sp.quantity, sp.is_never_out_of_stock)
    FROM concrete c JOIN stock_product sp ON sp.fk_product_concrete = c.id_product_concrete JOIN warehouse w ON w.id_warehouse = sp.fk_warehouse
  UNION ALL SELECT concat_ws('|', 'i', o.sku, s.name, i.external_url_large, i.external_url_small, i.sort_order)
    FROM owner o JOIN product_image_set s ON s.fk_product_abstract = o.abstract_id OR s.fk_product_concrete = o.concrete_id
    JOIN product_image i ON i.fk_product_image_set = s.id_product_image_set
  UNION ALL SELECT concat_ws('|', 'k', a.sku, k.category_key, pc.product_order)
    FROM abstract a JOIN product_category pc ON pc.fk_product_abstract = a.id_product_abstract JOIN category k ON k.id_category = pc.fk_category
  UNION ALL SELECT concat_ws('|', 'l', a.sku, pl.name)
    FROM abstract a JOIN product_label_product_abstract x ON x.fk_product_abstract = a.id_product_abstract JOIN product_label pl ON pl.id_product_label = x.fk_product_label
  UNION ALL SELECT concat_ws('|', 't', a.sku, ts.name)
    FROM abstract a JOIN product_abstract_tax_set x ON x.fk_product_abstract = a.id_product_abstract JOIN tax_set ts ON ts.id_tax_set = x.fk_tax_set)
SELECT count(*)::int AS lines, md5(string_agg(replace(replace(text, $1, ''), lower($1), ''), E'\\n' ORDER BY text)) AS hash FROM line`;

interface Fingerprint {
  readonly lines: number;
  readonly hash: string;
}

describe('npm run seed -- --products (the large catalogue, on PostgreSQL)', () => {
  let demoSeeded: SpecDatabase;
  let empty: SpecDatabase;
  let demoSource: DataSource;
  let emptySource: DataSource;
  let firstLoad: LargeCatalogResult;
  let loadOnEmpty: LargeCatalogResult;

  const open = async (url: string): Promise<DataSource> =>
    new DataSource({ type: 'postgres', url, poolSize: 2 }).initialize();
  const one = async <T>(source: DataSource, sql: string, parameters: unknown[] = []): Promise<T> => {
    const [row] = await source.query<T[]>(sql, parameters);
    if (row === undefined) throw new Error(`No row for ${sql}`);
    return row;
  };
  const fingerprint = (source: DataSource, seed: number): Promise<Fingerprint> =>
    one<Fingerprint>(source, FINGERPRINT_SQL, [`L${seed}-`]);
  const count = async (source: DataSource, sql: string, parameters: unknown[] = ['L7-']): Promise<number> =>
    (await one<{ count: number }>(source, sql, parameters)).count;

  beforeAll(async () => {
    [demoSeeded, empty] = await Promise.all([createSpecDatabase({ seed: true }), createSpecDatabase()]);
    [demoSource, emptySource] = await Promise.all([open(demoSeeded.url), open(empty.url)]);
    // A small chunk size makes the 300 products several COPY rounds, as 100,000 are.
    firstLoad = await loadLargeCatalog(demoSource, { products: PRODUCTS, seed: 7, chunkSize: 128 });
    loadOnEmpty = await loadLargeCatalog(emptySource, { products: PRODUCTS, seed: 7 });
  }, 60_000);

  afterAll(async () => {
    await demoSource?.destroy();
    await emptySource?.destroy();
    await Promise.all([demoSeeded?.drop(), empty?.drop()]);
  });

  it('appends the products to the demo catalogue, and lays the demo catalogue into an empty database first', async () => {
    expect(firstLoad).toEqual({
      abstractProducts: PRODUCTS,
      concreteProducts: expect.any(Number) as number,
      demoCatalogSeeded: false,
    });
    expect(loadOnEmpty).toEqual({ ...firstLoad, demoCatalogSeeded: true });
    const demoSql = `SELECT count(*)::int AS count FROM product_abstract WHERE sku ~ '^[0-9]{3}$'`;
    expect(await count(demoSource, demoSql, [])).toBe(210);
    expect(await count(emptySource, demoSql, [])).toBe(210);
    expect(await count(emptySource, 'SELECT count(*)::int AS count FROM customer', [])).toBe(0);
  });

  it('writes the counted rows of every table', async () => {
    const concretes = firstLoad.concreteProducts;
    const counts = await one<Record<string, number>>(
      demoSource,
      `WITH a AS (SELECT id_product_abstract AS id FROM product_abstract WHERE starts_with(sku, $1)),
            c AS (SELECT id_product_concrete AS id FROM product_concrete WHERE fk_product_abstract IN (SELECT id FROM a))
       SELECT (SELECT count(*) FROM a)::int AS abstracts,
              (SELECT count(*) FROM c)::int AS concretes,
              (SELECT count(*) FROM product_abstract_localized_attributes WHERE fk_product_abstract IN (SELECT id FROM a))::int AS "abstractTexts",
              (SELECT count(*) FROM product_concrete_localized_attributes WHERE fk_product_concrete IN (SELECT id FROM c))::int AS "concreteTexts",
              (SELECT count(*) FROM price_product WHERE fk_product_concrete IN (SELECT id FROM c))::int AS "concretePrices",
              (SELECT count(*) FROM price_product WHERE fk_product_abstract IN (SELECT id FROM a) AND price_type = 'DEFAULT')::int AS "abstractPrices",
              (SELECT count(*) FROM stock_product WHERE fk_product_concrete IN (SELECT id FROM c))::int AS stock,
              (SELECT count(*) FROM product_image_set WHERE fk_product_abstract IN (SELECT id FROM a) OR fk_product_concrete IN (SELECT id FROM c))::int AS "imageSets",
              (SELECT count(*) FROM product_category WHERE fk_product_abstract IN (SELECT id FROM a))::int AS categories,
              (SELECT count(*) FROM product_abstract_tax_set WHERE fk_product_abstract IN (SELECT id FROM a))::int AS "taxSets",
              (SELECT count(*) FROM product_abstract_metrics WHERE fk_product_abstract IN (SELECT id FROM a))::int AS metrics`,
      ['L7-'],
    );
    expect(counts).toEqual({
      abstracts: PRODUCTS,
      concretes,
      abstractTexts: 2 * PRODUCTS,
      concreteTexts: 2 * concretes,
      // DE in EUR and CHF, AT in EUR.
      concretePrices: 3 * concretes,
      abstractPrices: 3 * PRODUCTS,
      stock: 2 * concretes,
      imageSets: PRODUCTS + concretes,
      categories: PRODUCTS,
      taxSets: PRODUCTS,
      metrics: PRODUCTS,
    });
    expect(concretes).toBeGreaterThan(2 * PRODUCTS);
    expect(concretes).toBeLessThan(4 * PRODUCTS);
  });

  it('gives every abstract product 1 to 5 concrete products', async () => {
    const spread = await one<{ min: number; max: number }>(
      demoSource,
      `SELECT min(n)::int AS min, max(n)::int AS max FROM (
         SELECT count(c.id_product_concrete) AS n FROM product_abstract a
         LEFT JOIN product_concrete c ON c.fk_product_abstract = a.id_product_abstract
         WHERE starts_with(a.sku, $1) GROUP BY a.id_product_abstract) per_abstract`,
      ['L7-'],
    );
    expect(spread).toEqual({ min: 1, max: 5 });
  });

  it('names every product in English and German', async () => {
    const rows = await demoSource.query<{ locale: string; products: number }[]>(
      `SELECT l.locale_name AS locale, count(DISTINCT t.fk_product_abstract)::int AS products
         FROM product_abstract_localized_attributes t JOIN locale l ON l.id_locale = t.fk_locale
         JOIN product_abstract a ON a.id_product_abstract = t.fk_product_abstract
        WHERE starts_with(a.sku, $1) AND t.name <> '' AND t.description <> '' GROUP BY 1 ORDER BY 1`,
      ['L7-'],
    );
    expect(rows).toEqual([
      { locale: 'de_DE', products: PRODUCTS },
      { locale: 'en_US', products: PRODUCTS },
    ]);
  });

  it('prices every concrete product in EUR and CHF, in gross and in net mode', async () => {
    const rows = await demoSource.query<{ scope: string; products: number }[]>(
      `SELECT s.name || ' ' || cu.code AS scope, count(DISTINCT p.fk_product_concrete)::int AS products
         FROM price_product p JOIN store s ON s.id_store = p.fk_store JOIN currency cu ON cu.id_currency = p.fk_currency
         JOIN product_concrete c ON c.id_product_concrete = p.fk_product_concrete
        WHERE starts_with(c.sku, $1) AND p.gross_amount > p.net_amount AND p.net_amount > 0 GROUP BY 1 ORDER BY 1`,
      ['L7-'],
    );
    const concretes = firstLoad.concreteProducts;
    expect(rows).toEqual([
      { scope: 'AT EUR', products: concretes },
      { scope: 'DE CHF', products: concretes },
      { scope: 'DE EUR', products: concretes },
    ]);
  });

  it('places every product in a category three levels below the root', async () => {
    const depths = await demoSource.query<{ depth: number; products: number }[]>(
      `WITH RECURSIVE tree AS (
         SELECT id_category_node, fk_category, 0 AS depth FROM category_node WHERE is_root
         UNION ALL SELECT n.id_category_node, n.fk_category, tree.depth + 1
           FROM category_node n JOIN tree ON n.fk_parent_category_node = tree.id_category_node)
       SELECT tree.depth, count(*)::int AS products FROM product_category pc
         JOIN tree ON tree.fk_category = pc.fk_category
         JOIN product_abstract a ON a.id_product_abstract = pc.fk_product_abstract
        WHERE starts_with(a.sku, $1) GROUP BY 1`,
      ['L7-'],
    );
    expect(depths).toEqual([{ depth: 3, products: PRODUCTS }]);
    expect(
      await count(
        demoSource,
        `SELECT count(*)::int AS count FROM category WHERE category_key LIKE '%-premium'`,
        [],
      ),
    ).toBe(
      await count(
        emptySource,
        `SELECT count(*)::int AS count FROM category WHERE category_key LIKE '%-premium'`,
        [],
      ),
    );
  });

  it('writes ratings and popularity', async () => {
    const metrics = await one<{ rated: number; popular: number; unrated_without_reviews: boolean }>(
      demoSource,
      `SELECT count(rating)::int AS rated, count(*) FILTER (WHERE popularity > 0)::int AS popular,
              bool_and(review_count = 0) FILTER (WHERE rating IS NULL) AS unrated_without_reviews
         FROM product_abstract_metrics m JOIN product_abstract a ON a.id_product_abstract = m.fk_product_abstract
        WHERE starts_with(a.sku, $1)`,
      ['L7-'],
    );
    expect(metrics.rated).toBeGreaterThan(0.6 * PRODUCTS);
    expect(metrics.rated).toBeLessThan(PRODUCTS);
    expect(metrics.popular).toBeGreaterThan(0.5 * PRODUCTS);
    expect(metrics.unrated_without_reviews).toBe(true);
  });

  it('writes the same rows for the same seed, on another database too', async () => {
    const onDemo = await fingerprint(demoSource, 7);
    expect(onDemo.lines).toBeGreaterThan(10 * PRODUCTS);
    expect(await fingerprint(emptySource, 7)).toEqual(onDemo);
  });

  it('writes other data for another seed, beside the first', async () => {
    const seven = await fingerprint(emptySource, 7);
    await loadLargeCatalog(emptySource, { products: PRODUCTS, seed: 8 });
    const eight = await fingerprint(emptySource, 8);
    expect(eight.lines).toBeGreaterThan(10 * PRODUCTS);
    expect(eight.hash).not.toBe(seven.hash);
    expect(await fingerprint(emptySource, 7)).toEqual(seven);
  });

  it('refuses a seed whose products exist already, and writes nothing', async () => {
    const before = await fingerprint(demoSource, 7);
    const error = await rejectionOf(loadLargeCatalog(demoSource, { products: 5, seed: 7 }), LargeSeedRefusal);
    expect(error.message).toContain('choose another --seed');
    expect(await fingerprint(demoSource, 7)).toEqual(before);
  });

  it('refuses a catalogue with products of its own unless forced', async () => {
    await demoSource.query(`INSERT INTO product_abstract (sku) VALUES ('OWN-1')`);
    const error = await rejectionOf(loadLargeCatalog(demoSource, { products: 5, seed: 9 }), LargeSeedRefusal);
    expect(error.message).toContain('--force');
    expect(
      await count(
        demoSource,
        'SELECT count(*)::int AS count FROM product_abstract WHERE starts_with(sku, $1)',
        ['L9-'],
      ),
    ).toBe(0);
    await loadLargeCatalog(demoSource, { products: 5, seed: 9, force: true });
    expect(
      await count(
        demoSource,
        'SELECT count(*)::int AS count FROM product_abstract WHERE starts_with(sku, $1)',
        ['L9-'],
      ),
    ).toBe(5);
  });
});
