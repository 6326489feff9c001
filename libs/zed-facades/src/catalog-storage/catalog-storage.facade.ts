import { Injectable } from '@nestjs/common';
import { StorageDocumentCache } from '#zed-facades/storage-cache';
import { storageKeys } from './business/storage-keys.js';
import { CatalogStorageErrorCode, CatalogStorageException } from './catalog-storage.exception.js';
import { CatalogStorageRepository } from './persistence/catalog-storage.repository.js';
import type {
  StoredProductLabel,
  StoredCategoryNodeDetail,
  StoredCategoryTree,
  StoredCategoryTreeNode,
  StoredAbstractProduct,
  StoredAvailability,
  StoredConcreteProduct,
  StoredImageSet,
  StoredPrice,
  StoredPrices,
  StoredStore,
  StoredUrlTarget,
} from './transfer/catalog-documents.js';

const UNAVAILABLE: StoredAvailability = { isAvailable: false, quantity: 0, isNeverOutOfStock: false };

/**
 * The storefront catalog's reads: published documents by key, in one store (and locale or currency).
 * Every method reads one batch of keys with one statement through `getDocumentsByKeys`, the single
 * place a cache can wrap. Lists come back in the order of the skus asked (unknown skus omitted); maps
 * have an entry for every sku asked.
 */
@Injectable()
export class CatalogStorageFacade {
  constructor(
    private readonly repository: CatalogStorageRepository,
    private readonly cache: StorageDocumentCache,
  ) {}

  /**
   * The documents under `keys`, by key (absent keys have no entry): the one read of the storage,
   * through the application's storage cache (a bypass where none is configured).
   */
  getDocumentsByKeys(keys: readonly string[]): Promise<ReadonlyMap<string, unknown>> {
    return this.cache.get(keys, (missing) => this.repository.getDocumentsByKeys(missing));
  }

  async findAbstractProductsBySkus(
    skus: readonly string[],
    store: string,
    locale: string,
  ): Promise<readonly StoredAbstractProduct[]> {
    const documents = await this.read<StoredAbstractProduct>(skus, (sku) =>
      storageKeys.abstractProduct(store, locale, sku),
    );
    return skus.flatMap((sku) => {
      const document = documents.get(sku);
      return document ? [withDates(document)] : [];
    });
  }

  /**
   * The labels shown now on each abstract product (active, inside their validity window), by position:
   * an entry for every sku, empty for an unknown one. Reads the products' documents (one batch).
   */
  async getShownProductLabels(
    abstractSkus: readonly string[],
    store: string,
    locale: string,
  ): Promise<ReadonlyMap<string, readonly StoredProductLabel[]>> {
    const documents = await this.read<StoredAbstractProduct>(abstractSkus, (sku) =>
      storageKeys.abstractProduct(store, locale, sku),
    );
    const now = Date.now();
    const shown = (label: StoredProductLabel): boolean =>
      (label.validFrom === null || Date.parse(label.validFrom) <= now) &&
      (label.validTo === null || Date.parse(label.validTo) >= now);
    return new Map(abstractSkus.map((sku) => [sku, (documents.get(sku)?.labels ?? []).filter(shown)]));
  }

  async findConcreteProductsBySkus(
    skus: readonly string[],
    store: string,
    locale: string,
  ): Promise<readonly StoredConcreteProduct[]> {
    const documents = await this.read<StoredConcreteProduct>(skus, (sku) =>
      storageKeys.concreteProduct(store, locale, sku),
    );
    return skus.flatMap((sku) => {
      const document = documents.get(sku);
      return document ? [withDates(document)] : [];
    });
  }

  /** Empty for a product without images (or without a document). */
  async getAbstractImageSets(
    skus: readonly string[],
    store: string,
    locale: string,
  ): Promise<ReadonlyMap<string, readonly StoredImageSet[]>> {
    const documents = await this.read<StoredAbstractProduct>(skus, (sku) =>
      storageKeys.abstractProduct(store, locale, sku),
    );
    return new Map(skus.map((sku) => [sku, documents.get(sku)?.imageSets ?? []]));
  }

  async getConcreteImageSets(
    skus: readonly string[],
    store: string,
    locale: string,
  ): Promise<ReadonlyMap<string, readonly StoredImageSet[]>> {
    const documents = await this.read<StoredConcreteProduct>(skus, (sku) =>
      storageKeys.concreteProduct(store, locale, sku),
    );
    return new Map(skus.map((sku) => [sku, documents.get(sku)?.imageSets ?? []]));
  }

  /**
   * Prices in `currencyCode`, or the store's default currency without it; a currency the store does not
   * offer (or an unknown store) throws `CatalogStorageException` (`CURRENCY_NOT_IN_STORE`).
   */
  getAbstractPrices(
    skus: readonly string[],
    store: string,
    currencyCode?: string,
  ): Promise<ReadonlyMap<string, readonly StoredPrice[]>> {
    return this.prices(skus, store, currencyCode, (sku) => storageKeys.abstractPrices(store, sku));
  }

  /** As `getAbstractPrices`; a price type the concrete has none of its own for is its abstract's. */
  getConcretePrices(
    skus: readonly string[],
    store: string,
    currencyCode?: string,
  ): Promise<ReadonlyMap<string, readonly StoredPrice[]>> {
    return this.prices(skus, store, currencyCode, (sku) => storageKeys.concretePrices(store, sku));
  }

  async getAbstractAvailabilities(
    skus: readonly string[],
    store: string,
  ): Promise<ReadonlyMap<string, StoredAvailability>> {
    const documents = await this.read<StoredAvailability>(skus, (sku) =>
      storageKeys.abstractAvailability(store, sku),
    );
    return new Map(skus.map((sku) => [sku, documents.get(sku) ?? UNAVAILABLE]));
  }

  async getConcreteAvailabilities(
    skus: readonly string[],
    store: string,
  ): Promise<ReadonlyMap<string, StoredAvailability>> {
    const documents = await this.read<StoredAvailability>(skus, (sku) =>
      storageKeys.concreteAvailability(store, sku),
    );
    return new Map(skus.map((sku) => [sku, documents.get(sku) ?? UNAVAILABLE]));
  }

  /** The root nodes of the store's category tree in `locale`, each with its descendants. */
  async getCategoryTree(store: string, locale: string): Promise<readonly StoredCategoryTreeNode[]> {
    const key = storageKeys.categoryTree(store, locale);
    const documents = await this.getDocumentsByKeys([key]);
    return (documents.get(key) as StoredCategoryTree | undefined)?.roots ?? [];
  }

  /** Nodes with their parents and subtrees, in the order of `nodeIds`; unknown ids are omitted. */
  async findCategoryNodesByIds(
    nodeIds: readonly string[],
    store: string,
    locale: string,
  ): Promise<readonly StoredCategoryNodeDetail[]> {
    const documents = await this.read<StoredCategoryNodeDetail>(nodeIds, (id) =>
      storageKeys.categoryNode(store, locale, id),
    );
    return nodeIds.flatMap((id) => {
      const document = documents.get(id);
      return document ? [document] : [];
    });
  }

  /** The active product or category node a shop URL (of any locale) shows, a product first; else null. */
  async findUrlTarget(url: string): Promise<StoredUrlTarget | null> {
    const productKey = storageKeys.productUrl(url);
    const categoryKey = storageKeys.categoryUrl(url);
    const documents = await this.getDocumentsByKeys([productKey, categoryKey]);
    return ((documents.get(productKey) ?? documents.get(categoryKey)) as StoredUrlTarget | undefined) ?? null;
  }

  /** The store's published document (its default currency, the currencies it offers), or null for an unknown store. */
  async findStore(store: string): Promise<StoredStore | null> {
    const key = storageKeys.store(store);
    return ((await this.getDocumentsByKeys([key])).get(key) as StoredStore | undefined) ?? null;
  }

  /** The store's document and the products' price documents in one read. */
  private async prices(
    skus: readonly string[],
    store: string,
    currencyCode: string | undefined,
    keyOf: (sku: string) => string,
  ): Promise<ReadonlyMap<string, readonly StoredPrice[]>> {
    const storeKey = storageKeys.store(store);
    const documents = await this.getDocumentsByKeys([storeKey, ...skus.map(keyOf)]);
    const currency = offeredCurrency(documents.get(storeKey) as StoredStore | undefined, store, currencyCode);
    return new Map(
      skus.map((sku) => [
        sku,
        (documents.get(keyOf(sku)) as StoredPrices | undefined)?.currencies[currency] ?? [],
      ]),
    );
  }

  /** The documents under the keys `keyOf` names for `references` (skus, node ids), by reference. */
  private async read<T>(skus: readonly string[], keyOf: (sku: string) => string): Promise<Map<string, T>> {
    const documents = await this.getDocumentsByKeys(skus.map(keyOf));
    const bySku = new Map<string, T>();
    for (const sku of skus) {
      const document = documents.get(keyOf(sku));
      if (document !== undefined) bySku.set(sku, document as T);
    }
    return bySku;
  }
}

/** The currency prices are read in: the one asked for if the store offers it, else the store's default. */
function offeredCurrency(
  store: StoredStore | undefined,
  storeName: string,
  currencyCode: string | undefined,
): string {
  if (store !== undefined && currencyCode === undefined) return store.defaultCurrency;
  if (store !== undefined && currencyCode !== undefined && store.currencies.includes(currencyCode)) {
    return currencyCode;
  }
  throw new CatalogStorageException(
    CatalogStorageErrorCode.CURRENCY_NOT_IN_STORE,
    currencyCode === undefined
      ? `Store "${storeName}" does not exist.`
      : `Store "${storeName}" does not offer the currency "${currencyCode}".`,
    'currencyCode',
  );
}

/** JSON has no dates: the product's timestamps come back as the `Date`s they were published from. */
function withDates<T extends { readonly createdAt: Date; readonly updatedAt: Date }>(document: T): T {
  return { ...document, createdAt: new Date(document.createdAt), updatedAt: new Date(document.updatedAt) };
}
