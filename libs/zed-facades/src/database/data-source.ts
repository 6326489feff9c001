import { DataSource, type DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './all-entities.js';
import { ALL_MIGRATIONS } from './all-migrations.js';

// Serialises concurrent `runMigrations` callers (several processes booting against one database).
const MIGRATION_LOCK_KEY = 7_346_150;

/** The one way to configure TypeORM for this project: explicit entities and migrations, no synchronize. */
export function createDataSourceOptions(url: string): DataSourceOptions {
  return postgresOptions(url, 10);
}

function postgresOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...ALL_ENTITIES],
    migrations: [...ALL_MIGRATIONS],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    poolSize,
    installExtensions: false,
    connectTimeoutMS: 10_000,
  };
}

/** Applies every pending migration, each in its own transaction; returns the names applied, oldest first. */
export async function runMigrations(url: string): Promise<string[]> {
  return withDataSource(url, async (dataSource) => {
    const lock = dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lock.release();
    }
  });
}

/** Reverts the most recently applied migration; returns its name, or null when none was applied. */
export async function revertLastMigration(url: string): Promise<string | null> {
  return withDataSource(url, async (dataSource) => {
    const [table] = await dataSource.query<{ present: boolean }[]>(
      "SELECT to_regclass('typeorm_migrations') IS NOT NULL AS present",
    );
    if (!table?.present) {
      return null;
    }
    const [last] = await dataSource.query<{ name: string }[]>(
      'SELECT name FROM typeorm_migrations ORDER BY timestamp DESC, id DESC LIMIT 1',
    );
    if (!last) {
      return null;
    }
    await dataSource.undoLastMigration({ transaction: 'each' });
    return last.name;
  });
}

async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(postgresOptions(url, 2));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
