import type { EntityManager } from 'typeorm';
import { bulkInsert, idLookup } from './bulk-insert.js';
import { DEMO_LOCALES, roundTo99, type DemoCatalog } from './demo-catalog.js';

export interface SeededProductIds {
  readonly abstractId: (sku: string) => number;
  readonly concreteId: (sku: string) => number;
}

/** Ids of the seeded locales (by name), stores (by name) and currencies (by code). */
export interface SeededStoreIds {
  readonly localeId: (locale: string) => number;
  readonly storeId: (name: string) => number;
  readonly currencyId: (code: string) => number;
}

// Store, currency and the factor applied to the EUR gross amount.
export const PRICE_SCOPES = [
  { store: 'DE', currency: 'EUR', factor: 1 },
  { store: 'DE', currency: 'CHF', factor: 1.07 },
  { store: 'AT', currency: 'EUR', factor: 1 },
] as const;

export const WAREHOUSES = [
  { name: 'Warehouse1', stores: ['DE', 'AT'] },
  { name: 'Warehouse2', stores: ['DE'] },
] as const;

export const IMAGE_HOST = 'https://images.glue.example/products';

/** Prices, stock, image sets and categories for products that already exist. */
export async function seedCatalogExtras(
  manager: EntityManager,
  catalog: DemoCatalog,
  ids: SeededProductIds,
  { localeId, storeId, currencyId }: SeededStoreIds,
): Promise<void> {
  await seedPrices(manager, catalog, ids, storeId, currencyId);
  await seedStock(manager, catalog, ids, storeId);
  await seedImages(manager, catalog, ids);
  await seedCategories(manager, catalog, ids, localeId);
}

/** Volume tiers (quantity, share of the price) of the demo's volume-priced products. */
const VOLUME_TIERS = [
  { quantity: 5, factor: 0.95 },
  { quantity: 10, factor: 0.9 },
  { quantity: 20, factor: 0.85 },
] as const;

/** Every tenth abstract (010, 020, …) and its first concrete have volume prices on their DEFAULT price. */
const hasVolumePrices = (abstractIndex: number): boolean => abstractIndex % 10 === 9;

async function seedPrices(
  manager: EntityManager,
  catalog: DemoCatalog,
  ids: SeededProductIds,
  storeId: (name: string) => number,
  currencyId: (code: string) => number,
): Promise<void> {
  const rows: unknown[][] = [];
  const tiered: boolean[] = [];
  const price = (
    abstract: number | null,
    concrete: number | null,
    type: string,
    grossEur: number,
    withTiers = false,
  ): void => {
    for (const scope of PRICE_SCOPES) {
      const gross = scope.factor === 1 ? grossEur : roundTo99(grossEur * scope.factor);
      rows.push([
        abstract,
        concrete,
        storeId(scope.store),
        currencyId(scope.currency),
        type,
        gross,
        Math.round(gross / 1.19),
      ]);
      tiered.push(withTiers);
    }
  };
  catalog.abstracts.forEach((abstract, index) => {
    const withTiers = hasVolumePrices(index);
    price(ids.abstractId(abstract.sku), null, 'DEFAULT', abstract.grossEur, withTiers);
    if (abstract.originalGrossEur !== null) {
      // Concretes carry no ORIGINAL price of their own: they inherit this one.
      price(ids.abstractId(abstract.sku), null, 'ORIGINAL', abstract.originalGrossEur);
    }
    abstract.concretes.forEach((concrete, position) => {
      price(null, ids.concreteId(concrete.sku), 'DEFAULT', concrete.grossEur, withTiers && position === 0);
    });
  });
  const inserted = await bulkInsert<{ id_price_product: number; gross_amount: number }>(
    manager,
    'price_product',
    [
      'fk_product_abstract',
      'fk_product_concrete',
      'fk_store',
      'fk_currency',
      'price_type',
      'gross_amount',
      'net_amount',
    ],
    rows,
    ['id_price_product', 'gross_amount'],
  );
  await bulkInsert(
    manager,
    'price_product_volume',
    ['fk_price_product', 'quantity', 'gross_amount', 'net_amount'],
    inserted
      .filter((_row, index) => tiered[index])
      .flatMap((row) =>
        VOLUME_TIERS.map((tier) => {
          const gross = Math.round(row.gross_amount * tier.factor);
          return [row.id_price_product, tier.quantity, gross, Math.round(gross / 1.19)];
        }),
      ),
  );
}

async function seedStock(
  manager: EntityManager,
  catalog: DemoCatalog,
  ids: SeededProductIds,
  storeId: (name: string) => number,
): Promise<void> {
  const warehouses = await bulkInsert(
    manager,
    'warehouse',
    ['name', 'is_active'],
    WAREHOUSES.map((w) => [w.name, true]),
    ['id_warehouse', 'name'],
  );
  const warehouseId = idLookup(warehouses, 'name', 'id_warehouse');
  await bulkInsert(
    manager,
    'warehouse_store',
    ['fk_warehouse', 'fk_store'],
    WAREHOUSES.flatMap((w) => w.stores.map((store) => [warehouseId(w.name), storeId(store)])),
  );
  await bulkInsert(
    manager,
    'stock_product',
    ['fk_warehouse', 'fk_product_concrete', 'quantity', 'is_never_out_of_stock'],
    catalog.abstracts.flatMap((abstract) =>
      abstract.concretes.flatMap((concrete) =>
        concrete.stock.map((stock) => [
          warehouseId(stock.warehouse),
          ids.concreteId(concrete.sku),
          stock.quantity,
          stock.isNeverOutOfStock,
        ]),
      ),
    ),
  );
}

async function seedImages(
  manager: EntityManager,
  catalog: DemoCatalog,
  ids: SeededProductIds,
): Promise<void> {
  const owners = catalog.abstracts.flatMap((abstract) => [
    { sku: abstract.sku, abstract: ids.abstractId(abstract.sku), concrete: null, count: abstract.imageCount },
    ...abstract.concretes.map((concrete) => ({
      sku: concrete.sku,
      abstract: null,
      concrete: ids.concreteId(concrete.sku),
      count: concrete.imageCount,
    })),
  ]);
  const sets = await bulkInsert<{
    id_product_image_set: number;
    fk_product_abstract: number | null;
    fk_product_concrete: number | null;
  }>(
    manager,
    'product_image_set',
    ['fk_product_abstract', 'fk_product_concrete', 'fk_locale', 'name'],
    owners.map((owner) => [owner.abstract, owner.concrete, null, 'default']),
    ['id_product_image_set', 'fk_product_abstract', 'fk_product_concrete'],
  );
  const setIdByOwner = new Map(
    sets.map((set) => [
      set.fk_product_abstract !== null ? `a${set.fk_product_abstract}` : `c${set.fk_product_concrete ?? ''}`,
      set.id_product_image_set,
    ]),
  );
  await bulkInsert(
    manager,
    'product_image',
    ['fk_product_image_set', 'external_url_large', 'external_url_small', 'sort_order'],
    owners.flatMap((owner) => {
      const setId = setIdByOwner.get(
        owner.abstract !== null ? `a${owner.abstract}` : `c${owner.concrete ?? ''}`,
      );
      return Array.from({ length: owner.count }, (_, index) => [
        setId,
        `${IMAGE_HOST}/${owner.sku}/large-${index + 1}.jpg`,
        `${IMAGE_HOST}/${owner.sku}/small-${index + 1}.jpg`,
        index,
      ]);
    }),
  );
}

async function seedCategories(
  manager: EntityManager,
  catalog: DemoCatalog,
  ids: SeededProductIds,
  localeId: (locale: string) => number,
): Promise<void> {
  const categoryRows = await bulkInsert(
    manager,
    'category',
    ['category_key', 'is_active'],
    catalog.categories.map((category) => [category.key, true]),
    ['id_category', 'category_key'],
  );
  const categoryId = idLookup(categoryRows, 'category_key', 'id_category');
  await bulkInsert(
    manager,
    'category_localized_attributes',
    ['fk_category', 'fk_locale', 'name', 'meta_title', 'meta_description', 'meta_keywords', 'url'],
    catalog.categories.flatMap((category) =>
      DEMO_LOCALES.map((locale) => {
        const lang = locale === 'de_DE' ? 'de' : 'en';
        const name = category.name[lang];
        const url = category.parentKey === null ? `/${lang}` : `/${lang}/${category.key}`;
        return [categoryId(category.key), localeId(locale), name, name, name, name, url];
      }),
    ),
  );

  // Parents before children: the catalog lists the root, then each top category before its subcategories.
  const nodeIdByKey = new Map<string, number>();
  for (const category of catalog.categories) {
    const parentNode = category.parentKey === null ? null : (nodeIdByKey.get(category.parentKey) ?? null);
    const [node] = await bulkInsert<{ id_category_node: number }>(
      manager,
      'category_node',
      ['fk_category', 'fk_parent_category_node', 'is_root', 'node_order'],
      [[categoryId(category.key), parentNode, category.parentKey === null, category.order]],
      ['id_category_node'],
    );
    nodeIdByKey.set(category.key, node?.id_category_node ?? 0);
  }

  const orderByCategory = new Map<string, number>();
  await bulkInsert(
    manager,
    'product_category',
    ['fk_product_abstract', 'fk_category', 'product_order'],
    catalog.abstracts.flatMap((abstract) =>
      abstract.categoryKeys.map((key) => {
        const order = (orderByCategory.get(key) ?? 0) + 1;
        orderByCategory.set(key, order);
        return [ids.abstractId(abstract.sku), categoryId(key), order];
      }),
    ),
  );
}
