import type { EntityManager } from 'typeorm';
import { bulkInsert } from './bulk-insert.js';
import { DEMO_LOCALES } from './demo-catalog.js';
import { PRICE_SCOPES, WAREHOUSES } from './demo-extras.seeder.js';
import { DEMO_TAX_SETS } from './demo-product-page.seeder.js';
import { buildLeafCategories, LARGE_LABELS } from './large-catalog.js';
import type { LargeCatalogReference } from './large-catalog.rows.js';

/** Why the large seed did not run: something an operator can fix (the message says what). */
export class LargeSeedRefusal extends Error {}

/**
 * The ids of the demo's stores, currencies, locales, warehouses, labels and tax sets, and of the third
 * category level, which is created here (under the demo's subcategories) where it does not exist yet.
 */
export async function resolveLargeCatalogReference(manager: EntityManager): Promise<LargeCatalogReference> {
  const lookup = (sql: string, names: readonly string[], what: string): Promise<(name: string) => number> =>
    requireIds(manager, sql, [...new Set(names)], what);
  const localeId = await lookup(
    'SELECT locale_name AS name, id_locale AS id FROM locale WHERE locale_name = ANY($1)',
    DEMO_LOCALES,
    'locale',
  );
  return {
    localeId,
    storeId: await lookup(
      'SELECT name, id_store AS id FROM store WHERE name = ANY($1)',
      PRICE_SCOPES.map((scope) => scope.store),
      'store',
    ),
    currencyId: await lookup(
      'SELECT code AS name, id_currency AS id FROM currency WHERE code = ANY($1)',
      PRICE_SCOPES.map((scope) => scope.currency),
      'currency',
    ),
    warehouseId: await lookup(
      'SELECT name, id_warehouse AS id FROM warehouse WHERE name = ANY($1)',
      WAREHOUSES.map((w) => w.name),
      'warehouse',
    ),
    labelId: await lookup(
      'SELECT name, id_product_label AS id FROM product_label WHERE name = ANY($1)',
      Object.values(LARGE_LABELS),
      'product label',
    ),
    taxSetId: await lookup(
      'SELECT name, id_tax_set AS id FROM tax_set WHERE name = ANY($1)',
      DEMO_TAX_SETS.map((set) => set.name),
      'tax set',
    ),
    categoryId: await ensureLeafCategories(manager, localeId),
  };
}

async function requireIds(
  manager: EntityManager,
  sql: string,
  names: readonly string[],
  what: string,
): Promise<(name: string) => number> {
  const rows = await manager.query<{ name: string; id: number }[]>(sql, [names]);
  const ids = new Map(rows.map((row) => [row.name, Number(row.id)]));
  const missing = names.filter((name) => !ids.has(name));
  if (missing.length > 0) {
    throw new LargeSeedRefusal(
      `The database has no ${what} ${missing.join(', ')}: the large seed appends to an empty or demo-seeded catalogue, whose reference data it uses.`,
    );
  }
  return (name) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`Seed: no ${what} "${name}".`);
    return id;
  };
}

/** Creates the price-band categories (with names, URLs and tree nodes) that are missing; answers all ids. */
async function ensureLeafCategories(
  manager: EntityManager,
  localeId: (locale: string) => number,
): Promise<(key: string) => number> {
  const leaves = buildLeafCategories();
  const parentNodes = await requireIds(
    manager,
    `SELECT c.category_key AS name, min(n.id_category_node) AS id
       FROM category c JOIN category_node n ON n.fk_category = c.id_category
      WHERE c.category_key = ANY($1) GROUP BY c.category_key`,
    [...new Set(leaves.map((leaf) => leaf.parentKey))],
    'category',
  );
  const created = await bulkInsert<{ id_category: number; category_key: string }>(
    manager,
    'category',
    ['category_key', 'is_active'],
    leaves.map((leaf) => [leaf.key, true]),
    ['id_category', 'category_key'],
    'ON CONFLICT (category_key) DO NOTHING',
  );
  const createdId = new Map(created.map((row) => [row.category_key, row.id_category]));
  const newLeaves = leaves.filter((leaf) => createdId.has(leaf.key));
  const id = (key: string): number => createdId.get(key) ?? 0;
  await bulkInsert(
    manager,
    'category_localized_attributes',
    ['fk_category', 'fk_locale', 'name', 'meta_title', 'meta_description', 'meta_keywords', 'url'],
    newLeaves.flatMap((leaf) =>
      DEMO_LOCALES.map((locale) => {
        const lang = locale === 'de_DE' ? 'de' : 'en';
        const name = leaf.name[lang];
        return [id(leaf.key), localeId(locale), name, name, name, name, `/${lang}/${leaf.key}`];
      }),
    ),
  );
  await bulkInsert(
    manager,
    'category_node',
    ['fk_category', 'fk_parent_category_node', 'is_root', 'node_order'],
    newLeaves.map((leaf) => [id(leaf.key), parentNodes(leaf.parentKey), false, leaf.order]),
  );
  return requireIds(
    manager,
    'SELECT category_key AS name, id_category AS id FROM category WHERE category_key = ANY($1)',
    leaves.map((leaf) => leaf.key),
    'category',
  );
}
