import path from 'node:path';
import {
  configGroup,
  configGroups,
  IsPortVariable,
  IsPostgresUrlVariable,
  IsStringVariable,
  shutdownGraceSeconds,
} from '#glue-core';

/** What `npm start` itself reads (the applications read theirs). */
class StartVariables {
  /** Unset: the embedded PostgreSQL. */
  @IsPostgresUrlVariable() readonly DATABASE_URL: string | null = null;
  @IsPortVariable() readonly EMBEDDED_POSTGRES_PORT: number = 54320;
  @IsStringVariable() readonly GLUE_DATA_DIR: string = path.resolve('.data');
  @IsStringVariable(/^[01]$/) readonly SEED_DEMO: string | null = null;
}

/** `npm start`'s settings: `DATABASE_URL` (optional here), the embedded PostgreSQL's, the demo seed's, the stop's. */
export const START_CONFIG = configGroups({
  start: configGroup(StartVariables, '', (values) => ({
    databaseUrl: values.DATABASE_URL,
    embeddedPort: values.EMBEDDED_POSTGRES_PORT,
    dataDir: values.GLUE_DATA_DIR,
    seedDemo: values.SEED_DEMO,
  })),
  shutdownGraceSeconds: shutdownGraceSeconds(),
});
