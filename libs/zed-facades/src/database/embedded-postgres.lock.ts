import { link, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';

/** One run of a PostgreSQL server, as its `postmaster.pid` names it. */
export interface PostmasterIdentity {
  readonly pid: number;
  readonly dataDir: string;
  /** Line 3 of `postmaster.pid`: the server's start time in epoch seconds. */
  readonly startedAt: string;
}

/** What the lock file says: the owning process and, once started, the server it launched. */
export interface DataDirLockRecord {
  readonly pid: number;
  /** The owner's start time (Linux: field 22 of /proc/<pid>/stat), so a reused pid is not taken for it. */
  readonly startTime: string | null;
  readonly server: PostmasterIdentity | null;
}

export interface DataDirLock {
  /** The record of an earlier owner that died holding the lock (`kill -9`), if there was one. */
  readonly previous: DataDirLockRecord | null;
  /** Notes the server this owner launched, so a later start can recognise it as its orphan. */
  recordServer(server: PostmasterIdentity): Promise<void>;
  /** Gives the data directory up (only if the lock file is still this process's). */
  release(): Promise<void>;
}

/**
 * Takes `<dataDir>.lock` for this process. The file is created complete or not at all (written
 * aside, then hard-linked into place, which fails if it exists), so two starts racing for it
 * cannot both win. A lock whose owner is alive is refused; one whose owner is dead is taken over,
 * and its record is handed back so the caller can deal with what the dead owner left running.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const file = `${dataDir}.lock`;
  const own: DataDirLockRecord = {
    pid: process.pid,
    startTime: await processStartTime(process.pid),
    server: null,
  };
  let previous: DataDirLockRecord | null = null;
  for (let attempt = 1; ; attempt += 1) {
    if (await createExclusively(file, own)) break;
    const existing = await readRecord(file);
    if (existing === null && attempt < 5) {
      // Unreadable: another start may be writing it this instant (or it is garbage); look again.
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      continue;
    }
    if (existing !== null && (await isOwnerAlive(existing))) {
      throw new EmbeddedPostgresError(
        'data-dir-in-use',
        `Another start (pid ${existing.pid}) is using the embedded PostgreSQL in ${dataDir}.`,
        { dataDir, pid: existing.pid },
      );
    }
    previous = existing;
    await rm(file, { force: true });
    if (attempt >= 5) throw new Error(`Could not take the lock ${file}.`);
  }
  let record = own;
  return {
    previous,
    recordServer: async (server) => {
      record = { ...record, server };
      const aside = `${file}.${process.pid}.tmp`;
      await writeFile(aside, JSON.stringify(record));
      await rename(aside, file);
    },
    release: async () => {
      const current = await readRecord(file);
      if (current?.pid === process.pid) await rm(file, { force: true });
    },
  };
}

async function createExclusively(file: string, record: DataDirLockRecord): Promise<boolean> {
  const aside = `${file}.${process.pid}.tmp`;
  await writeFile(aside, JSON.stringify(record));
  try {
    await link(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}

async function readRecord(file: string): Promise<DataDirLockRecord | null> {
  const content = await readFile(file, 'utf8').catch(() => null);
  if (content === null) return null;
  try {
    const parsed = JSON.parse(content) as Partial<DataDirLockRecord>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, startTime: parsed.startTime ?? null, server: parsed.server ?? null };
  } catch {
    return null;
  }
}

async function isOwnerAlive(record: DataDirLockRecord): Promise<boolean> {
  if (!(await isRunning(record.pid))) return false;
  if (record.startTime === null) return true;
  const startTime = await processStartTime(record.pid);
  // Without /proc a live pid counts as the owner: refusing is safer than taking its directory.
  return startTime === null || startTime === record.startTime;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), or null without /proc. */
export async function processStartTime(pid: number): Promise<string | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  // The command (field 2) is in parentheses and may contain spaces: count from after it.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

/** Whether the process exists and is not a zombie waiting to be reaped. */
export async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (PostgreSQL runs as `postgres` when we are root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  // No stat: gone since the signal, or a system without /proc (then the signal's answer stands).
  if (stat === null) return !(await hasProc());
  return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
}

let procAvailable: Promise<boolean> | undefined;

function hasProc(): Promise<boolean> {
  procAvailable ??= readFile('/proc/self/stat', 'utf8').then(
    () => true,
    () => false,
  );
  return procAvailable;
}

/** Polls until the process is gone; resolves `false` if it still runs after `timeoutMs`. */
export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (await isRunning(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
