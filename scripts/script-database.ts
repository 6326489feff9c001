import path from 'node:path';
import { loadConfigAtBoot } from '#glue-core';
import { runMigrations, startEmbeddedPostgres, type EmbeddedPostgresServer } from '#zed-facades/database';
import { START_CONFIG } from './start.config.js';

/**
 * The database a maintenance script (`npm run seed`, `npm run publish`) works on, migrated: DATABASE_URL,
 * or, when it is unset, the embedded PostgreSQL that `npm start` uses (stopped again when `work` ends;
 * `npm start` must not be running: one process owns the data directory). `doing` names the work in the
 * line that says so.
 */
export async function withScriptDatabase<T>(
  doing: string,
  work: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const { start: settings } = await loadConfigAtBoot(START_CONFIG);
  let embedded: EmbeddedPostgresServer | null = null;
  let databaseUrl = settings.databaseUrl;
  if (!databaseUrl) {
    const dataDir = path.join(settings.dataDir, 'postgres');
    console.log(
      `DATABASE_URL is not set: ${doing} the embedded PostgreSQL in ${dataDir} on port ${settings.embeddedPort} …`,
    );
    embedded = await startEmbeddedPostgres({ dataDir, port: settings.embeddedPort });
    databaseUrl = embedded.url;
  }
  try {
    const applied = await runMigrations(databaseUrl);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);
    return await work(databaseUrl);
  } finally {
    await embedded?.stop();
  }
}
