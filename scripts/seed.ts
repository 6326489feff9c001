import { ConfigurationError, databaseUrlConfig, loadConfigAtBoot } from '#glue-core';
import { runMigrations } from '#zed-facades/database';
import { seedDemoDataAndSay, seededAccountLines } from './demo-seed.js';

/**
 * `npm run seed -- --demo`: applies pending migrations to DATABASE_URL, then puts the demo data
 * (catalog, and the demo accounts with their published password) into what is empty of it. Only
 * demo data exists to be seeded, and only on request: without `--demo` it refuses.
 */
try {
  const databaseUrl = await loadConfigAtBoot(databaseUrlConfig());
  if (!process.argv.slice(2).includes('--demo')) {
    console.error(
      'Nothing seeded: the only seed is demo data (accounts with a published password), so ask for it with npm run seed -- --demo; never on a database you deploy.',
    );
    process.exit(2);
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);
  const seeded = seededAccountLines(await seedDemoDataAndSay(databaseUrl, 'asked'));
  if (seeded.length > 0) {
    console.log(
      ['Demo accounts (demo data only; never deploy them):', ...seeded.map((line) => `  ${line}`)].join('\n'),
    );
  }
} catch (error) {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
}
