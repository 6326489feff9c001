import type {
  CatalogSource,
  SourceImageRow,
  SourcePriceRow,
  SourceStockRow,
} from '../persistence/catalog-source.reader.js';
import type {
  StoredAbstractProduct,
  StoredAvailability,
  StoredConcreteProduct,
  StoredImage,
  StoredImageSet,
  StoredPrice,
  StoredPrices,
  StoredStore,
  StoredUrlTarget,
} from '../transfer/catalog-documents.js';
import { storageKeys, StorageResource, type StorageEntry } from './storage-keys.js';
import { computeSuperAttributes } from './super-attributes.js';

const UNAVAILABLE: StoredAvailability = { isAvailable: false, quantity: 0, isNeverOutOfStock: false };

/**
 * The documents of the abstract products in `source` (and of their concretes) in every store, and the
 * stores' own documents: pure, so a rebuild from the same tables gives the same documents.
 */
export function buildCatalogDocuments(source: CatalogSource): StorageEntry[] {
  const entries: StorageEntry[] = [];
  const images = groupBy(source.images, ownerKey);
  const prices = groupBy(source.prices, (row) => `${row.store}:${ownerKey(row)}`);
  const stock = groupBy(source.stock, (row) => `${row.store}:${row.abstract_sku}`);
  const categoryLinks = groupBy(source.categoryLinks, (row) => row.abstract_sku);
  const concreteSkusByAbstract = new Map<string, string[]>();
  for (const row of source.concretes) {
    const skus = concreteSkusByAbstract.get(row.abstract_sku) ?? [];
    if (!skus.includes(row.sku)) skus.push(row.sku);
    concreteSkusByAbstract.set(row.abstract_sku, skus);
  }

  for (const store of source.stores) {
    const storeDocument: StoredStore = {
      name: store.store,
      defaultCurrency: store.default_currency,
      currencies: store.currencies,
      fractionDigits: store.fraction_digits,
    };
    entries.push(
      entry(
        StorageResource.Store,
        storageKeys.store(store.store),
        store.store,
        store.store,
        null,
        storeDocument,
      ),
    );
    const locales = new Set(store.locales);

    for (const row of source.abstracts) {
      if (!locales.has(row.locale)) continue;
      const document: StoredAbstractProduct = {
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
        superAttributes: computeSuperAttributes(row.concrete_products.map((variant) => variant.attributes)),
        concreteProducts: row.concrete_products,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        imageSets: imageSetsOf(images.get(`a:${row.sku}`), row.locale),
        categoryNodeIds: (categoryLinks.get(row.sku) ?? []).map((link) => link.id_category_node),
        labels: row.labels,
      };
      const key = storageKeys.abstractProduct(store.store, row.locale, row.sku);
      entries.push(entry(StorageResource.AbstractProduct, key, row.sku, store.store, row.locale, document));
    }

    for (const row of source.concretes) {
      if (!locales.has(row.locale)) continue;
      const document: StoredConcreteProduct = {
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
        // The concrete's own attributes win; the merge keeps the abstract's key order first.
        attributes: { ...row.abstract_attributes, ...row.attributes },
        superAttributeKeys: Object.keys(row.attributes).sort(),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        imageSets: imageSetsOf(images.get(`c:${row.sku}`), row.locale),
      };
      const key = storageKeys.concreteProduct(store.store, row.locale, row.sku);
      entries.push(
        entry(StorageResource.ConcreteProduct, key, row.abstract_sku, store.store, row.locale, document),
      );
    }

    const abstractSkus = [...new Set(source.abstracts.map((row) => row.sku))];
    for (const sku of abstractSkus) {
      const own = prices.get(`${store.store}:a:${sku}`) ?? [];
      const abstractPrices = pricesByCurrency(own);
      entries.push(
        entry(
          StorageResource.AbstractPrices,
          storageKeys.abstractPrices(store.store, sku),
          sku,
          store.store,
          null,
          abstractPrices,
        ),
      );
      const stockRows = stock.get(`${store.store}:${sku}`) ?? [];
      entries.push(
        entry(
          StorageResource.AbstractAvailability,
          storageKeys.abstractAvailability(store.store, sku),
          sku,
          store.store,
          null,
          availability(stockRows.filter((row) => row.is_active)),
        ),
      );
      for (const concreteSku of concreteSkusByAbstract.get(sku) ?? []) {
        const concretePrices = pricesByCurrency(
          inheritPrices(prices.get(`${store.store}:c:${concreteSku}`) ?? [], own),
        );
        entries.push(
          entry(
            StorageResource.ConcretePrices,
            storageKeys.concretePrices(store.store, concreteSku),
            sku,
            store.store,
            null,
            concretePrices,
          ),
          entry(
            StorageResource.ConcreteAvailability,
            storageKeys.concreteAvailability(store.store, concreteSku),
            sku,
            store.store,
            null,
            availability(stockRows.filter((row) => row.concrete_sku === concreteSku)),
          ),
        );
      }
    }
  }
  entries.push(...productUrlEntries(source));
  return entries;
}

/** The shop URLs of the active abstract products, once each (the first product of a clash keeps it). */
function productUrlEntries(source: CatalogSource): StorageEntry[] {
  const entries = new Map<string, StorageEntry>();
  for (const row of source.abstracts) {
    if (!row.is_active || row.url === null) continue;
    const key = storageKeys.productUrl(row.url);
    const target: StoredUrlTarget = { entityType: 'abstract-product', sku: row.sku };
    if (!entries.has(key)) {
      entries.set(key, entry(StorageResource.ProductUrl, key, row.sku, null, row.locale, target));
    }
  }
  return [...entries.values()];
}

/** An abstract's and a concrete's rows apart even where a concrete shares its abstract's sku. */
function ownerKey(row: { readonly abstract_sku: string; readonly concrete_sku: string | null }): string {
  return row.concrete_sku === null ? `a:${row.abstract_sku}` : `c:${row.concrete_sku}`;
}

function entry(
  resource: StorageResource,
  key: string,
  reference: string,
  store: string | null,
  locale: string | null,
  document: object,
): StorageEntry {
  return { key, resource, reference, store, locale, document };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** A concrete's own price wins per currency and price type; otherwise its abstract's applies. */
function inheritPrices(
  own: readonly SourcePriceRow[],
  abstract: readonly SourcePriceRow[],
): SourcePriceRow[] {
  const owned = new Set(own.map((row) => `${row.code}:${row.price_type}`));
  const merged = [...own, ...abstract.filter((row) => !owned.has(`${row.code}:${row.price_type}`))];
  // The rows came ordered by store, currency code and price type; the merge keeps that order.
  return merged.sort((a, b) => compare(a.code, b.code) || compare(a.price_type, b.price_type));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pricesByCurrency(rows: readonly SourcePriceRow[]): StoredPrices {
  const currencies: Record<string, StoredPrice[]> = {};
  for (const row of rows) {
    (currencies[row.code] ??= []).push({
      priceTypeName: row.price_type,
      currency: { code: row.code, name: row.name, symbol: row.symbol },
      grossAmount: row.gross_amount,
      netAmount: row.net_amount,
      volumePrices: row.volume_prices,
    });
  }
  return { currencies };
}

/** Stock summed over the given concretes' rows of one store. */
function availability(rows: readonly SourceStockRow[]): StoredAvailability {
  if (rows.length === 0) return UNAVAILABLE;
  const quantity = rows.reduce((sum, row) => sum + Number(row.quantity), 0);
  const isNeverOutOfStock = rows.some((row) => row.is_never_out_of_stock);
  return { isAvailable: isNeverOutOfStock || quantity > 0, quantity, isNeverOutOfStock };
}

interface CollectedSet {
  localized: boolean;
  setId: number;
  images: StoredImage[];
}

/**
 * A product's image sets in one locale: per set name, a set of the locale replaces the locale-less
 * default set (as the storefront always showed them), sets in name order.
 */
function imageSetsOf(rows: readonly SourceImageRow[] | undefined, locale: string): StoredImageSet[] {
  return collectSets((rows ?? []).filter((row) => row.locale === null || row.locale === locale));
}

function collectSets(rows: readonly SourceImageRow[]): StoredImageSet[] {
  const sets = new Map<string, CollectedSet>();
  for (const row of rows) {
    let set = sets.get(row.name);
    if (!set || (row.locale !== null && !set.localized)) {
      set = { localized: row.locale !== null, setId: row.id_product_image_set, images: [] };
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
