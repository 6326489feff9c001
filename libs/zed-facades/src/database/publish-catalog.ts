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
