import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { StorageEntry } from '../business/storage-keys.js';

/** What TypeORM answers a `DELETE … RETURNING storage_key` with: the rows and their count. */
type DeletedKeys = [rows: { storage_key: string }[], count: number];

/**
 * The one table of published documents. Writes take the caller's transaction; reads take the pool.
 * `document` is `json`, not `jsonb`: json keeps the text it was given, so attribute maps come back in the
 * order they were published and the storefront renders the same bytes as before.
 */
@Injectable()
export class CatalogStorageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The documents under `keys`, by key; absent keys have no entry. One statement. */
  async getDocumentsByKeys(keys: readonly string[]): Promise<ReadonlyMap<string, unknown>> {
    if (keys.length === 0) return new Map();
    const rows = await this.dataSource.query<{ storage_key: string; document: unknown }[]>(
      'SELECT storage_key, document FROM catalog_storage WHERE storage_key = ANY($1::text[])',
      [[...new Set(keys)]],
    );
    return new Map(rows.map((row) => [row.storage_key, row.document]));
  }

  /** Inserts or replaces the entries; returns the keys whose document is new or changed. One statement. */
  async upsert(manager: EntityManager, entries: readonly StorageEntry[]): Promise<string[]> {
    if (entries.length === 0) return [];
    // One json parameter parsed once (an array parameter of json texts is escaped and parsed per element).
    const rows = await manager.query<{ storage_key: string }[]>(
      `INSERT INTO catalog_storage (storage_key, resource, reference, store, locale, document, updated_at)
       SELECT e.key, e.resource, e.reference, e.store, e.locale, e.document, now()
       FROM json_to_recordset($1::json)
         AS e(key text, resource text, reference text, store text, locale text, document json)
       ON CONFLICT (storage_key) DO UPDATE
         SET document = EXCLUDED.document, resource = EXCLUDED.resource, reference = EXCLUDED.reference,
             store = EXCLUDED.store, locale = EXCLUDED.locale, updated_at = now()
         WHERE catalog_storage.document::text IS DISTINCT FROM EXCLUDED.document::text
       RETURNING storage_key`,
      [JSON.stringify(entries)],
    );
    return rows.map((row) => row.storage_key);
  }

  /**
   * Deletes the documents of `resources` about `references` whose key is not in `keep` (what a
   * product lost: a deleted product, a removed concrete, a store it is no longer priced in). One statement.
   */
  async deleteOthers(
    manager: EntityManager,
    resources: readonly string[],
    references: readonly string[],
    keep: readonly string[],
  ): Promise<string[]> {
    if (references.length === 0) return [];
    // TypeORM answers a DELETE with `[rows, count]`.
    const [records] = await manager.query<DeletedKeys>(
      `DELETE FROM catalog_storage
       WHERE resource = ANY($1::text[]) AND reference = ANY($2::text[])
         -- A hashed subplan: NOT (key = ANY(array)) would scan the array once per row.
         AND storage_key NOT IN (SELECT unnest($3::text[]))
       RETURNING storage_key`,
      [[...resources], [...new Set(references)], [...keep]],
    );
    return records.map((row) => row.storage_key);
  }

  /** Deletes the documents of `resources` whose abstract product no longer exists (a full rebuild's sweep). */
  async deleteOrphans(manager: EntityManager, resources: readonly string[]): Promise<string[]> {
    const [records] = await manager.query<DeletedKeys>(
      `DELETE FROM catalog_storage cs
       WHERE cs.resource = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM product_abstract a WHERE a.sku = cs.reference)
       RETURNING storage_key`,
      [[...resources]],
    );
    return records.map((row) => row.storage_key);
  }

  /** The abstract skus after `afterId` in id order, at most `limit`: a full rebuild's chunks. */
  async nextAbstractChunk(
    afterId: number,
    limit: number,
  ): Promise<{ readonly lastId: number; readonly skus: string[] }> {
    const rows = await this.dataSource.query<{ id_product_abstract: number; sku: string }[]>(
      `SELECT id_product_abstract, sku FROM product_abstract WHERE id_product_abstract > $1
       ORDER BY id_product_abstract LIMIT $2`,
      [afterId, limit],
    );
    return { lastId: rows.at(-1)?.id_product_abstract ?? afterId, skus: rows.map((row) => row.sku) };
  }
}
