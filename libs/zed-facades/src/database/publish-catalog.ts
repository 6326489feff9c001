import { DataSource } from 'typeorm';
import { catalogPublisherFor } from '#zed-facades/catalog-storage';
import { createDataSourceOptions } from './data-source.js';

/**
 * Rebuilds every published catalog document of the database at `url` from its normalized tables
 * (`CatalogPublisher.publishAll`: chunks of abstract products, one transaction each); `onChunk` hears
 * how many abstract products are published so far. Returns their number.
 */
export async function publishCatalogAt(url: string, onChunk?: (published: number) => void): Promise<number> {
  const dataSource = new DataSource(createDataSourceOptions(url));
  await dataSource.initialize();
  try {
    return await catalogPublisherFor(dataSource).publishAll(onChunk);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * A catalog that has products but no published documents (a database from before the read model, or
 * one filled by SQL) is published in full; anything already published is left alone (catalog writes
 * keep it current). Returns how many abstract products were published, or null when nothing was to do.
 */
export async function publishCatalogIfUnpublished(url: string): Promise<number | null> {
  const dataSource = new DataSource(createDataSourceOptions(url));
  await dataSource.initialize();
  try {
    const [state] = await dataSource.query<{ unpublished: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM product_abstract) AND NOT EXISTS (SELECT 1 FROM catalog_storage) AS unpublished`,
    );
    if (!state?.unpublished) return null;
    return await catalogPublisherFor(dataSource).publishAll();
  } finally {
    await dataSource.destroy();
  }
}
