/**
 * Database wiring for applications and scripts: the Nest module that opens the one connection, its
 * readiness check, migrations, the demo seed and the embedded PostgreSQL used when no DATABASE_URL is
 * set. Domain code never imports this entry; test helpers (throwaway databases, query counting) live in
 * test/support (docs/testing.md).
 */
export { runMigrations } from './data-source.js';
export { DatabaseModule, type DatabaseModuleOptions } from './database.module.js';
export { DatabaseReadinessCheck, DatabaseReadinessModule } from './database-readiness.check.js';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type EmbeddedPostgresServer,
} from './embedded-postgres.js';
export { EmbeddedPostgresError, type EmbeddedPostgresFailure } from './embedded-postgres.error.js';
export { publishCatalogAt, publishCatalogIfUnpublished } from './publish-catalog.js';
export { DEMO_ACCOUNTS } from './seed/demo-accounts.js';
export { seedDemoDataAt, type DemoSeedResult } from './seed/demo-data.seeder.js';
export {
  loadLargeCatalog,
  type LargeCatalogOptions,
  type LargeCatalogResult,
} from './seed/large-catalog.loader.js';
export { LargeSeedRefusal } from './seed/large-catalog.reference.js';
