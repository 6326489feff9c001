import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogSearchFacade, catalogSearchFacadeFor } from '#zed-facades/catalog-search';
import { notifyStorageChanged } from '#zed-facades/storage-cache';
import { CatalogSourceReader } from '../persistence/catalog-source.reader.js';
import { CategorySourceReader } from '../persistence/category-source.reader.js';
import { CatalogStorageRepository } from '../persistence/catalog-storage.repository.js';
import { buildCatalogDocuments } from './catalog-document.builder.js';
import { buildCategoryDocuments } from './category-document.builder.js';
import { CATEGORY_REFERENCE, CATEGORY_RESOURCES, PRODUCT_FAMILY_RESOURCES } from './storage-keys.js';

/** How many abstract products a full rebuild publishes per transaction. */
export const PUBLISH_CHUNK_SIZE = 1_000;

/** What one publish changed: the storage keys written (new or different) and deleted. */
export interface PublishResult {
  readonly changedKeys: readonly string[];
}

/**
 * Publish & Synchronize: recomputes the storefront's documents of abstract products (their concretes,
 * prices, availability and images in every store and locale) from the normalized tables and writes
 * them, inside the caller's transaction, so a catalog write and its documents commit together or not at
 * all. Nine statements per call, whatever the number of products.
 */
@Injectable()
export class CatalogPublisher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sourceReader: CatalogSourceReader,
    private readonly categoryReader: CategorySourceReader,
    private readonly repository: CatalogStorageRepository,
    private readonly catalogSearch: CatalogSearchFacade,
  ) {}

  /**
   * The one place where "these abstract products changed" is handled (created, updated, deleted, or
   * their prices, stock or images changed): call it with the transaction of the change. A sku without a
   * product loses its documents; no sku publishes the stores' documents only.
   */
  async abstractProductsChanged(
    manager: EntityManager,
    abstractSkus: readonly string[],
  ): Promise<PublishResult> {
    const source = await this.sourceReader.read(manager, abstractSkus);
    // The search index follows in the same transaction (a deleted product's rows went by FK cascade).
    await this.catalogSearch.reindexAbstracts(
      manager,
      source.abstracts.map((row) => row.id_product_abstract),
    );
    const entries = buildCatalogDocuments(source);
    const written = await this.repository.upsert(manager, entries);
    const deleted = await this.repository.deleteOthers(
      manager,
      PRODUCT_FAMILY_RESOURCES,
      abstractSkus,
      entries.map((entry) => entry.key),
    );
    const changedKeys = [...written, ...deleted];
    await this.storageChanged(manager, changedKeys);
    return { changedKeys };
  }

  /**
   * Republishes the category tree of every store and locale and each of its nodes (`category_tree:…`,
   * `category_node:…`), deleting the documents of nodes that are gone: five statements. Categories are
   * written by the seed only so far; a category writer calls this in its transaction.
   */
  async categoriesChanged(manager: EntityManager): Promise<PublishResult> {
    const stores = await this.sourceReader.readStores(manager);
    const locales = [...new Set(stores.flatMap((store) => store.locales))];
    const entries = buildCategoryDocuments(stores, await this.categoryReader.read(manager, locales));
    const written = await this.repository.upsert(manager, entries);
    const deleted = await this.repository.deleteOthers(
      manager,
      CATEGORY_RESOURCES,
      [CATEGORY_REFERENCE],
      entries.map((entry) => entry.key),
    );
    const changedKeys = [...written, ...deleted];
    await this.storageChanged(manager, changedKeys);
    return { changedKeys };
  }

  /**
   * Rebuilds every document from the normalized tables: abstract products in id order, one transaction
   * per chunk of `chunkSize`, then deletes the documents of products that no longer exist. Returns the
   * number of abstract products published.
   */
  async publishAll(
    onChunk: (published: number) => void = () => undefined,
    chunkSize = PUBLISH_CHUNK_SIZE,
  ): Promise<number> {
    let afterId = 0;
    let published = 0;
    for (;;) {
      const chunk = await this.repository.nextAbstractChunk(afterId, chunkSize);
      if (chunk.skus.length === 0) break;
      await this.dataSource.transaction((manager) => this.abstractProductsChanged(manager, chunk.skus));
      afterId = chunk.lastId;
      published += chunk.skus.length;
      onChunk(published);
    }
    // The stores' documents (published with every chunk) also for a catalog without products; the categories.
    await this.dataSource.transaction(async (manager) => {
      await this.abstractProductsChanged(manager, []);
      await this.categoriesChanged(manager);
      await this.storageChanged(
        manager,
        await this.repository.deleteOrphans(manager, PRODUCT_FAMILY_RESOURCES),
      );
    });
    return published;
  }

  /**
   * The changed keys, in the same transaction, for every process's storage cache: a NOTIFY that
   * PostgreSQL delivers at commit (docs/architecture.md, "The read model cache").
   */
  private storageChanged(manager: EntityManager, keys: readonly string[]): Promise<void> {
    return notifyStorageChanged(manager, keys);
  }
}

/** A publisher outside Nest's injector (seeds and scripts that hold a DataSource of their own). */
export function catalogPublisherFor(dataSource: DataSource): CatalogPublisher {
  return new CatalogPublisher(
    dataSource,
    new CatalogSourceReader(),
    new CategorySourceReader(),
    new CatalogStorageRepository(dataSource),
    catalogSearchFacadeFor(dataSource),
  );
}
