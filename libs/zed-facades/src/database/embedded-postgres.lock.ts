import { randomBytes } from 'node:crypto';
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

/** How often a start looks at a lock file before it gives up (each look waits a little longer). */
const ATTEMPTS = 5;
/** How long a takeover by another start may take before it counts as abandoned (killed halfway). */
const TAKEOVER_MS = 1_000;

/**
 * Takes `<dataDir>.lock` for this process. The file is created complete or not at all (written
 * aside, then hard-linked into place, which fails if it exists), so two starts racing for it
 * cannot both win. A lock whose owner is alive is refused; one whose owner is dead is taken over
 * (`takeOver`: atomically, so of two starts taking it over one wins and the other is refused),
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
    if (attempt > ATTEMPTS) throw new Error(`Could not take the lock ${file}.`);
    if (await createExclusively(file, own)) break;
    const content = await readFile(file, 'utf8').catch(() => null);
    // Released since: try again at once.
    if (content === null) continue;
    const existing = parseRecord(content);
    if (existing === null && attempt < ATTEMPTS) {
      // Unreadable: garbage (written by hand?); look again before taking it over.
      await pause(50 * attempt);
      continue;
    }
    if (existing !== null && (await isOwnerAlive(existing))) {
      throw new EmbeddedPostgresError(
        'data-dir-in-use',
        `Another start (pid ${existing.pid}) is using the embedded PostgreSQL in ${dataDir}.`,
        { dataDir, pid: existing.pid },
      );
    }
    if (await takeOver(file, content, own)) {
      previous = existing;
      break;
    }
  }
  let record = own;
  return {
    previous,
    recordServer: async (server) => {
      record = { ...record, server };
      const aside = asideName(file);
      await writeFile(aside, JSON.stringify(record));
      await rename(aside, file);
    },
    release: async () => {
      const current = await readRecord(file);
      if (current?.pid === process.pid) await rm(file, { force: true });
    },
  };
}

/**
 * Replaces the stale lock `file` (its content `stale`: a dead owner's record, or garbage) with
 * this process's record, if no other start does so first. The claim is a hard link of the lock
 * file to `<file>.takeover`, which only one start can create; the claimant checks that it linked
 * the very content it judged stale, then renames its own record over the lock file. The lock
 * file never goes missing, so no start slips in between, and a start that read the stale content
 * but lost the claim finds the winner's record when it looks again. `false`: look again. (A
 * takeover takes milliseconds; one stalled for longer than `TAKEOVER_MS` between its claim and
 * its rename could have its claim removed as abandoned by another start.)
 */
async function takeOver(file: string, stale: string, own: DataDirLockRecord): Promise<boolean> {
  const claim = `${file}.takeover`;
  try {
    await link(file, claim);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code !== 'EEXIST') throw error;
    await waitForTakeover(file, stale, claim);
    return false;
  }
  try {
    if ((await readFile(claim, 'utf8').catch(() => null)) !== stale) return false;
    const aside = asideName(file);
    await writeFile(aside, JSON.stringify(own));
    await rename(aside, file);
    return true;
  } finally {
    await unlink(claim).catch(() => undefined);
  }
}

/**
 * Another start holds the claim: wait until the lock file no longer holds the stale content (the
 * other start has taken over). If the content stays for `TAKEOVER_MS`, the claim was left by a
 * start killed halfway: it is removed, so that the next look can claim the lock.
 */
async function waitForTakeover(file: string, stale: string, claim: string): Promise<void> {
  const deadline = Date.now() + TAKEOVER_MS;
  while (Date.now() < deadline) {
    if ((await readFile(file, 'utf8').catch(() => null)) !== stale) return;
    await pause(10);
  }
  await unlink(claim).catch(() => undefined);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A file name beside `file` that no other start, nor another call of this one, uses. */
function asideName(file: string): string {
  return `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

async function createExclusively(file: string, record: DataDirLockRecord): Promise<boolean> {
  const aside = asideName(file);
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
  return content === null ? null : parseRecord(content);
}

function parseRecord(content: string): DataDirLockRecord | null {
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
