import { ConfigurationError } from '#glue-core';
import { EmbeddedPostgresError, publishCatalogAt } from '#zed-facades/database';
import { withScriptDatabase } from './script-database.js';

/**
 * `npm run publish -- --all`: applies pending migrations to DATABASE_URL (or, unset, the embedded
 * PostgreSQL `npm start` uses), then rebuilds every published
 * storefront catalog document from the normalized tables, in chunks of abstract products (one
 * transaction each), and deletes the documents of products that no longer exist. Catalog writes
 * publish their own documents; this is for a new database, a changed document shape or a repair.
 */
try {
  if (!process.argv.slice(2).includes('--all')) {
    console.error(
      'Nothing published: a rebuild publishes every product, so ask for it with npm run publish -- --all.',
    );
    process.exit(2);
  }
  await withScriptDatabase('publishing', async (databaseUrl) => {
    const started = Date.now();
    const published = await publishCatalogAt(databaseUrl, (count) => {
      process.stdout.write(`\rPublished ${count} abstract products…`);
    });
    console.log(
      `\rPublished ${published} abstract products in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  });
} catch (error) {
  console.error(
    error instanceof ConfigurationError || error instanceof EmbeddedPostgresError ? error.message : error,
  );
  process.exit(1);
}
