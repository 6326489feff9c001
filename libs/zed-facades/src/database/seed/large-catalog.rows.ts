import { copyLine, type CopyValue } from './copy-rows.js';
import { DEMO_LOCALES, roundTo99 } from './demo-catalog.js';
import { IMAGE_HOST, PRICE_SCOPES } from './demo-extras.seeder.js';
import type { LargeAbstract } from './large-catalog.js';

/** Ids of what the large catalogue refers to but does not create (reference data of the demo seed). */
export interface LargeCatalogReference {
  readonly localeId: (locale: string) => number;
  readonly storeId: (name: string) => number;
  readonly currencyId: (code: string) => number;
  readonly warehouseId: (name: string) => number;
  readonly labelId: (name: string) => number;
  readonly taxSetId: (name: string) => number;
  readonly categoryId: (key: string) => number;
}

/** Ids reserved from the tables' identity sequences for one chunk, one per product, in chunk order. */
export interface ChunkIds {
  readonly abstractIds: readonly number[];
  readonly concreteIds: readonly number[];
  /** One set per abstract, then one per concrete, in chunk order. */
  readonly imageSetIds: readonly number[];
}

/** One table's COPY: its columns and the rows in COPY text format. */
export interface TableRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly lines: string[];
}

/** The table that holds ratings and popularity, when a migration has created it (catalog search). */
const METRICS_TABLE = 'product_abstract_metrics';

// Net amounts as the demo has them: the German standard rate taken out of the gross amount.
const net = (gross: number): number => Math.round(gross / 1.19);

/**
 * Every row of a chunk of products, table by table, parents before children so that COPY can run the
 * tables in this order. `categoryOrder` carries the next `product_order` per category across chunks.
 */
export function largeCatalogRows(
  products: readonly LargeAbstract[],
  ids: ChunkIds,
  reference: LargeCatalogReference,
  categoryOrder: Map<number, number>,
): TableRows[] {
  const table = (name: string, columns: readonly string[]): TableRows => ({
    table: name,
    columns,
    lines: [],
  });
  const abstracts = table('product_abstract', [
    'id_product_abstract',
    'sku',
    'attributes',
    'is_active',
    'created_at',
    'updated_at',
  ]);
  const abstractTexts = table('product_abstract_localized_attributes', [
    'fk_product_abstract',
    'fk_locale',
    'name',
    'description',
    'meta_title',
    'meta_description',
    'meta_keywords',
    'url',
  ]);
  const concretes = table('product_concrete', [
    'id_product_concrete',
    'fk_product_abstract',
    'sku',
    'attributes',
    'is_active',
    'is_discontinued',
    'created_at',
    'updated_at',
  ]);
  const concreteTexts = table('product_concrete_localized_attributes', [
    'fk_product_concrete',
    'fk_locale',
    'name',
    'description',
  ]);
  const prices = table('price_product', [
    'fk_product_abstract',
    'fk_product_concrete',
    'fk_store',
    'fk_currency',
    'price_type',
    'gross_amount',
    'net_amount',
  ]);
  const stock = table('stock_product', [
    'fk_warehouse',
    'fk_product_concrete',
    'quantity',
    'is_never_out_of_stock',
  ]);
  const imageSets = table('product_image_set', [
    'id_product_image_set',
    'fk_product_abstract',
    'fk_product_concrete',
    'fk_locale',
    'name',
  ]);
  const images = table('product_image', [
    'fk_product_image_set',
    'external_url_large',
    'external_url_small',
    'sort_order',
  ]);
  const categories = table('product_category', ['fk_product_abstract', 'fk_category', 'product_order']);
  const labels = table('product_label_product_abstract', ['fk_product_label', 'fk_product_abstract']);
  const taxSets = table('product_abstract_tax_set', ['fk_product_abstract', 'fk_tax_set']);
  const metrics = table(METRICS_TABLE, ['fk_product_abstract', 'rating', 'review_count', 'popularity']);

  const add = (target: TableRows, values: readonly CopyValue[]): void => {
    target.lines.push(copyLine(values));
  };
  const addPrices = (
    abstractId: number | null,
    concreteId: number | null,
    type: string,
    grossEur: number,
  ): void => {
    for (const scope of PRICE_SCOPES) {
      const gross = scope.factor === 1 ? grossEur : roundTo99(grossEur * scope.factor);
      add(prices, [
        abstractId,
        concreteId,
        reference.storeId(scope.store),
        reference.currencyId(scope.currency),
        type,
        gross,
        net(gross),
      ]);
    }
  };
  const addImages = (setId: number, sku: string, count: number): void => {
    for (let index = 0; index < count; index += 1) {
      add(images, [
        setId,
        `${IMAGE_HOST}/${sku}/large-${index + 1}.jpg`,
        `${IMAGE_HOST}/${sku}/small-${index + 1}.jpg`,
        index,
      ]);
    }
  };

  let concreteIndex = 0;
  products.forEach((product, productIndex) => {
    const abstractId = at(ids.abstractIds, productIndex);
    add(abstracts, [abstractId, product.sku, product.attributes, true, product.createdAt, product.createdAt]);
    for (const locale of DEMO_LOCALES) {
      const texts = product.texts[locale];
      add(abstractTexts, [
        abstractId,
        reference.localeId(locale),
        texts.name,
        texts.description,
        texts.metaTitle,
        texts.metaDescription,
        texts.metaKeywords,
        texts.url,
      ]);
    }
    addPrices(abstractId, null, 'DEFAULT', product.grossEur);
    if (product.originalGrossEur !== null) addPrices(abstractId, null, 'ORIGINAL', product.originalGrossEur);
    const abstractSetId = at(ids.imageSetIds, productIndex);
    add(imageSets, [abstractSetId, abstractId, null, null, 'default']);
    addImages(abstractSetId, product.sku, product.imageCount);

    const categoryId = reference.categoryId(product.categoryKey);
    const order = categoryOrder.get(categoryId) ?? 1;
    categoryOrder.set(categoryId, order + 1);
    add(categories, [abstractId, categoryId, order]);
    for (const label of product.labels) add(labels, [reference.labelId(label), abstractId]);
    add(taxSets, [abstractId, reference.taxSetId(product.taxSet)]);
    add(metrics, [abstractId, product.rating, product.reviewCount, product.popularity]);

    for (const concrete of product.concretes) {
      const concreteId = at(ids.concreteIds, concreteIndex);
      const setId = at(ids.imageSetIds, products.length + concreteIndex);
      concreteIndex += 1;
      add(concretes, [
        concreteId,
        abstractId,
        concrete.sku,
        concrete.attributes,
        true,
        concrete.isDiscontinued,
        product.createdAt,
        product.createdAt,
      ]);
      for (const locale of DEMO_LOCALES) {
        const texts = concrete.texts[locale];
        add(concreteTexts, [concreteId, reference.localeId(locale), texts.name, texts.description]);
      }
      addPrices(null, concreteId, 'DEFAULT', concrete.grossEur);
      for (const entry of concrete.stock) {
        add(stock, [
          reference.warehouseId(entry.warehouse),
          concreteId,
          entry.quantity,
          entry.isNeverOutOfStock,
        ]);
      }
      add(imageSets, [setId, null, concreteId, null, 'default']);
      addImages(setId, concrete.sku, concrete.imageCount);
    }
  });
  return [
    abstracts,
    abstractTexts,
    concretes,
    concreteTexts,
    prices,
    stock,
    imageSets,
    images,
    categories,
    labels,
    taxSets,
    metrics,
  ];
}

function at(ids: readonly number[], index: number): number {
  const id = ids[index];
  if (id === undefined) throw new Error(`Seed: no id reserved for row ${index}.`);
  return id;
}
