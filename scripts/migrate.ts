import { ConfigurationError, databaseUrlConfig, loadConfigAtBoot } from '#glue-core';
import { runMigrations } from '#zed-facades/database';

/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (production and CI). Safe to run from
 * several deploy jobs at once: `runMigrations` holds an advisory lock. Seeds nothing.
 */
try {
  const databaseUrl = await loadConfigAtBoot(databaseUrlConfig());
  const applied = await runMigrations(databaseUrl);
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Database schema is up to date.');
} catch (error) {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
}
