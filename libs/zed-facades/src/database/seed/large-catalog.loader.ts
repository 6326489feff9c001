import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { copyRows } from './copy-rows.js';
import { buildDemoCatalog } from './demo-catalog.js';
import { lockSeeding, seedDemoCatalogIfEmpty } from './demo-data.seeder.js';
import { generateLargeCatalog, largeSkuPrefix, type LargeAbstract } from './large-catalog.js';
import { LargeSeedRefusal, resolveLargeCatalogReference } from './large-catalog.reference.js';
import { largeCatalogRows, type ChunkIds } from './large-catalog.rows.js';

export interface LargeCatalogOptions {
  /** Abstract products to add (each with 1 to 5 concrete products). */
  readonly products: number;
  /** The same seed gives the same products; different seeds give distinct SKUs (`L<seed>-…`). */
  readonly seed: number;
  /** Append even when the catalogue holds products other than the demo's. */
  readonly force?: boolean;
  /** Abstract products generated and copied per round (default 2,500). */
  readonly chunkSize?: number;
  /** Called after each chunk with the abstract products loaded so far. */
  readonly onProgress?: (loaded: number) => void;
}

export interface LargeCatalogResult {
  readonly abstractProducts: number;
  readonly concreteProducts: number;
  /** The empty database got the demo catalogue (stores, currencies, …) first. */
  readonly demoCatalogSeeded: boolean;
}

const DEFAULT_CHUNK = 2_500;

/**
 * `npm run seed -- --products N`: appends N generated abstract products, and everything a shop shows
 * of them, to an empty or demo-seeded catalogue with COPY, in one transaction (all or nothing) under
 * the seed lock. An empty database first gets the demo catalogue (no accounts): its stores, currencies,
 * warehouses, labels and tax sets are the reference data the products use.
 *
 * Refuses (`LargeSeedRefusal`, nothing written) when this seed's SKUs exist already, and, without
 * `force`, when the catalogue holds products that are neither the demo's nor an earlier large seed's.
 */
export async function loadLargeCatalog(
  dataSource: DataSource,
  options: LargeCatalogOptions,
): Promise<LargeCatalogResult> {
  const queryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PoolClient;
  try {
    await queryRunner.startTransaction();
    const manager = queryRunner.manager;
    await lockSeeding(manager);
    const demoCatalogSeeded = await seedDemoCatalogIfEmpty(manager);
    await lockIdTables(manager);
    await refuseUnlessAppendable(manager, options);
    const reference = await resolveLargeCatalogReference(manager);
    const categoryOrder = await nextProductOrders(manager);

    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
    let chunk: LargeAbstract[] = [];
    let loaded = 0;
    let concreteProducts = 0;
    const flush = async (): Promise<void> => {
      const ids = await reserveIds(manager, chunk);
      for (const { table, columns, lines } of largeCatalogRows(chunk, ids, reference, categoryOrder)) {
        await copyRows(client, table, columns, lines);
      }
      loaded += chunk.length;
      concreteProducts += ids.concreteIds.length;
      chunk = [];
      options.onProgress?.(loaded);
    };
    for (const product of generateLargeCatalog(options.seed, options.products)) {
      chunk.push(product);
      if (chunk.length === chunkSize) await flush();
    }
    if (chunk.length > 0) await flush();
    await queryRunner.commitTransaction();
    return { abstractProducts: loaded, concreteProducts, demoCatalogSeeded };
  } catch (error) {
    if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}

async function refuseUnlessAppendable(manager: EntityManager, options: LargeCatalogOptions): Promise<void> {
  const prefix = largeSkuPrefix(options.seed);
  const [own] = await manager.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM product_abstract WHERE starts_with(sku, $1)',
    [prefix],
  );
  if ((own?.count ?? 0) > 0) {
    throw new LargeSeedRefusal(
      `The catalogue already holds ${own?.count} products of --seed ${options.seed} (SKUs ${prefix}…); choose another --seed to add more.`,
    );
  }
  if (options.force) return;
  const demoSkus = buildDemoCatalog().abstracts.map((abstract) => abstract.sku);
  const [foreign] = await manager.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM product_abstract WHERE sku <> ALL($1) AND sku !~ '^L[0-9]+-[0-9]{6,}$'`,
    [demoSkus],
  );
  if ((foreign?.count ?? 0) > 0) {
    throw new LargeSeedRefusal(
      `The catalogue holds ${foreign?.count} products that neither the demo nor a large seed made; add --force to append to it anyway.`,
    );
  }
}

/** Per category, the `product_order` after the last product already in it. */
async function nextProductOrders(manager: EntityManager): Promise<Map<number, number>> {
  const rows = await manager.query<{ category: number; next: number }[]>(
    'SELECT fk_category AS category, max(product_order) + 1 AS next FROM product_category GROUP BY fk_category',
  );
  return new Map(rows.map((row) => [row.category, row.next]));
}

/** The tables whose ids the seed reserves in blocks (`reserveIds`). */
const ID_TABLES = ['product_abstract', 'product_concrete', 'product_image_set'] as const;

/**
 * Reserves ids in blocks from the identity sequences, so that children can name their parents in the
 * same COPY round. The caller holds `lockIdTables`: no other insert can draw from these sequences
 * between the `nextval` and the `setval` of a block.
 */
async function reserveIds(manager: EntityManager, chunk: readonly LargeAbstract[]): Promise<ChunkIds> {
  const concretes = chunk.reduce((sum, product) => sum + product.concretes.length, 0);
  const reserve = async (
    table: (typeof ID_TABLES)[number],
    column: string,
    count: number,
  ): Promise<number[]> => {
    const [block] = await manager.query<{ first: number }[]>(
      `SELECT setval(sequence, nextval(sequence) + $3 - 1) - $3 + 1 AS first
         FROM pg_get_serial_sequence($1, $2) AS sequence`,
      [table, column, count],
    );
    const first = Number(block?.first);
    return Array.from({ length: count }, (_, index) => first + index);
  };
  return {
    abstractIds: await reserve('product_abstract', 'id_product_abstract', chunk.length),
    concreteIds: await reserve('product_concrete', 'id_product_concrete', concretes),
    imageSetIds: await reserve('product_image_set', 'id_product_image_set', chunk.length + concretes),
  };
}

/**
 * Blocks other writers of the tables whose ids are reserved in blocks until the load commits (readers
 * go on): an INSERT takes ROW EXCLUSIVE before its default draws an id, and waits here.
 */
async function lockIdTables(manager: EntityManager): Promise<void> {
  await manager.query(`LOCK TABLE ${ID_TABLES.join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
}
