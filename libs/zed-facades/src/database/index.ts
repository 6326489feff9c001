/**
 * Database wiring for applications, scripts and tests: the TypeORM options, the Nest module that opens the
 * one connection, migrations, the demo seed and the embedded PostgreSQL used when no DATABASE_URL is set.
 * Domain code never imports this entry (domain specs do, for their throwaway database).
 */
export { ALL_ENTITIES } from './all-entities.js';
export { ALL_MIGRATIONS } from './all-migrations.js';
export { createDataSourceOptions, revertLastMigration, runMigrations } from './data-source.js';
export { DatabaseModule, type DatabaseModuleOptions } from './database.module.js';
export { DatabaseReadinessCheck, DatabaseReadinessModule } from './database-readiness.check.js';
export { countQueries, type QueryCounter } from './query-counter.js';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type EmbeddedPostgresServer,
} from './embedded-postgres.js';
export { EmbeddedPostgresError, type EmbeddedPostgresFailure } from './embedded-postgres.error.js';
export { createSpecDatabase, type SpecDatabase, type SpecDatabaseOptions } from './spec-database.js';
export { rejectionOf } from './spec-rejection.js';
export { DEMO_ACCOUNTS } from './seed/demo-accounts.js';
export { seedDemoData, seedDemoDataAt, type DemoSeedResult } from './seed/demo-data.seeder.js';
