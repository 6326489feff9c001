import pg from 'pg';
import type { CatalogSample } from './scenarios.js';

/** The locale of the storefront's default store (DE) that the scenarios search in. */
const LOCALE = 'de_DE';
const SAMPLE_SIZE = 500;
/** Listing pages go no deeper than this: shops page through the first pages, not the 8,000th. */
const MAX_LISTING_PAGES = 100;
const WORD = /^\p{L}{4,}$/u;

/**
 * The lists the scenarios' requests are varied over, read from the seeded database. Rows are taken in
 * `md5(sku)` order: spread over the whole catalogue, the same for every run of one seed.
 */
export async function readCatalogSample(url: string): Promise<CatalogSample> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const concreteSkus = (
      await client.query<{ sku: string }>(
        'SELECT sku FROM product_concrete WHERE is_active ORDER BY md5(sku) LIMIT $1',
        [SAMPLE_SIZE],
      )
    ).rows.map((row) => row.sku);
    const categoryNodeIds = (
      await client.query<{ id: number }>(
        'SELECT id_category_node AS id FROM category_node WHERE NOT is_root ORDER BY id_category_node',
      )
    ).rows.map((row) => row.id);
    const products = (
      await client.query<{ name: string; brand: string; color: string }>(
        `SELECT pala.name, pa.attributes->>'brand' AS brand, pc.attributes->>'color' AS color
           FROM product_abstract pa
           JOIN product_abstract_localized_attributes pala ON pala.fk_product_abstract = pa.id_product_abstract
           JOIN locale l ON l.id_locale = pala.fk_locale AND l.locale_name = $1
           JOIN LATERAL (
             SELECT attributes FROM product_concrete
              WHERE fk_product_abstract = pa.id_product_abstract AND attributes ? 'color'
              ORDER BY sku LIMIT 1
           ) pc ON true
          WHERE pa.is_active AND pa.attributes ? 'brand'
          ORDER BY md5(pa.sku) LIMIT $2`,
        [LOCALE, SAMPLE_SIZE],
      )
    ).rows;
    const searches = products.flatMap(({ name, brand, color }) => {
      const word = nameWords(name).at(-1);
      return word ? [{ word, brand, color }] : [];
    });
    const prefixes = [...new Set(searches.map(({ word }) => word.slice(0, 3).toLowerCase()))];
    const { rows } = await client.query<{ count: string }>(
      'SELECT count(*) AS count FROM product_abstract WHERE is_active',
    );
    const listingPages = Math.min(MAX_LISTING_PAGES, Math.floor(Number(rows[0]?.count ?? 0) / 12));
    const sample = { concreteSkus, categoryNodeIds, searches, prefixes, listingPages };
    const empty = Object.entries(sample).filter(([, value]) =>
      Array.isArray(value) ? value.length === 0 : value === 0,
    );
    if (empty.length > 0) {
      throw new Error(
        `The seeded database gives no ${empty.map(([key]) => key).join(', ')} to vary requests over.`,
      );
    }
    return sample;
  } finally {
    await client.end();
  }
}

/** The words of a product name worth searching for: letters only, four or more. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((word) => WORD.test(word));
}
