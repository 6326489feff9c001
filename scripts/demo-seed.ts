import { seedDemoDataIfEmpty } from '#zed-facades/database';

/**
 * Whether a start seeds the demo data: `embedded` (the embedded default: an empty database is
 * seeded), `asked` (SEED_DEMO=1, `npm run seed -- --demo`), `skip` (DATABASE_URL set and nothing
 * asked), `refused` (SEED_DEMO=0).
 */
export type DemoSeedMode = 'embedded' | 'asked' | 'skip' | 'refused';

/**
 * Seeds what is missing of the demo data when the mode says so, and says in one line what
 * happened and why. Resolves `true` when the demo accounts were created now (only then may they
 * be printed: an older database's accounts may have been changed or removed).
 */
export async function seedDemoDataAndSay(databaseUrl: string, mode: DemoSeedMode): Promise<boolean> {
  if (mode === 'skip') {
    console.log(
      'DATABASE_URL is set: demo data not seeded (to seed an empty database: npm run seed -- --demo, or SEED_DEMO=1).',
    );
    return false;
  }
  if (mode === 'refused') {
    console.log('SEED_DEMO=0: demo data not seeded.');
    return false;
  }
  const { catalogSeeded, accountsSeeded } = await seedDemoDataIfEmpty(databaseUrl);
  if (catalogSeeded && accountsSeeded) {
    console.log('Seeded the demo data (catalog and accounts) into the empty database.');
  } else if (catalogSeeded) {
    console.log('Seeded the demo catalog; the database had back-office users and customers already.');
  } else if (accountsSeeded) {
    console.log('Seeded the demo accounts; the database had a catalog already.');
  } else {
    console.log('The database already has data: demo data not seeded.');
  }
  return accountsSeeded;
}
