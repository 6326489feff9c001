import { DEMO_ACCOUNTS, seedDemoDataAt, type DemoSeedResult } from '#zed-facades/database';

/**
 * Whether a start seeds the demo data: `embedded` (the embedded default: an empty database is
 * seeded), `asked` (SEED_DEMO=1, `npm run seed -- --demo`), `skip` (DATABASE_URL set and nothing
 * asked), `refused` (SEED_DEMO=0).
 */
export type DemoSeedMode = 'embedded' | 'asked' | 'skip' | 'refused';

/** The mode for a start: SEED_DEMO (`1`, `0`) decides; unset, the embedded default is seeded. */
export function demoSeedMode(seedDemo: string | null, embedded: boolean): DemoSeedMode {
  if (seedDemo === '1') return 'asked';
  if (seedDemo === '0') return 'refused';
  return embedded ? 'embedded' : 'skip';
}

/** The demo accounts a seed created just now. */
export type SeededAccounts = DemoSeedResult['accountsSeeded'];

const NONE: SeededAccounts = { backOffice: false, customer: false };

/**
 * Seeds what is missing of the demo data when the mode says so, and says in one line what
 * happened and why. Resolves with the demo accounts created now: only those may be printed (an
 * older database's accounts may have been changed or removed).
 */
export async function seedDemoDataAndSay(databaseUrl: string, mode: DemoSeedMode): Promise<SeededAccounts> {
  if (mode === 'skip') {
    console.log(
      'DATABASE_URL is set: demo data not seeded (to seed an empty database: npm run seed -- --demo, or SEED_DEMO=1).',
    );
    return NONE;
  }
  if (mode === 'refused') {
    console.log('SEED_DEMO=0: demo data not seeded.');
    return NONE;
  }
  const { catalogSeeded, accountsSeeded } = await seedDemoDataAt(databaseUrl);
  const anyAccount = accountsSeeded.backOffice || accountsSeeded.customer;
  if (catalogSeeded && anyAccount) {
    console.log('Seeded the demo data (catalog and accounts) into the empty database.');
  } else if (catalogSeeded) {
    console.log('Seeded the demo catalog; the database had back-office users and customers already.');
  } else if (anyAccount) {
    console.log('Seeded the demo accounts; the database had a catalog already.');
  } else {
    console.log('The database already has data: demo data not seeded.');
  }
  return accountsSeeded;
}

/** The lines that announce the demo accounts created now, each with where it logs in. */
export function seededAccountLines(seeded: SeededAccounts): string[] {
  return [
    ...(seeded.backOffice
      ? [
          `back office  ${DEMO_ACCOUNTS.backOffice.email} / ${DEMO_ACCOUNTS.backOffice.password}   (backend POST /token)`,
        ]
      : []),
    ...(seeded.customer
      ? [
          `customer     ${DEMO_ACCOUNTS.customer.email} / ${DEMO_ACCOUNTS.customer.password}   (storefront POST /token or /access-tokens)`,
        ]
      : []),
  ];
}
