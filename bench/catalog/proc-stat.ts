import { readdir, readFile } from 'node:fs/promises';

/** CPU time of one process as `/proc/<pid>/stat` gives it, in clock ticks. */
export interface ProcessCpu {
  readonly pid: number;
  readonly command: string;
  readonly parentPid: number;
  /** utime + stime: the process's own CPU time. */
  readonly ownTicks: number;
  /** cutime + cstime: the CPU time of its children that exited and were waited for. */
  readonly reapedChildrenTicks: number;
}

/**
 * Parses one `/proc/<pid>/stat` line (proc(5)): `pid (comm) state ppid … utime stime cutime cstime …`.
 * The command may hold spaces and parentheses, so the fields are counted from the last `)`.
 * Null for a line that is not one.
 */
export function parseProcStat(line: string): ProcessCpu | null {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 1 || close < open) return null;
  const pid = Number(line.slice(0, open).trim());
  // After ") ": field 3 (state) is index 0, so field n is index n - 3.
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const field = (n: number): number => Number(fields[n - 3]);
  const [parentPid, utime, stime, cutime, cstime] = [field(4), field(14), field(15), field(16), field(17)];
  if (![pid, parentPid, utime, stime, cutime, cstime].every(Number.isInteger)) return null;
  return {
    pid,
    command: line.slice(open + 1, close),
    parentPid,
    ownTicks: utime + stime,
    reapedChildrenTicks: cutime + cstime,
  };
}

/**
 * The CPU time, in ticks, of a PostgreSQL server: the postmaster's own, its exited children's (reaped
 * into its cutime/cstime) and its live children's (backends, checkpointer, walwriter, …). A backend
 * that exits between two samples moves from the live sum to the postmaster's reaped sum: the
 * difference of two samples stays right.
 */
export function serverTicks(processes: readonly ProcessCpu[], postmasterPid: number): number {
  const postmaster = processes.find((process) => process.pid === postmasterPid);
  if (!postmaster) return 0;
  const children = processes.filter((process) => process.parentPid === postmasterPid);
  return (
    postmaster.ownTicks +
    postmaster.reapedChildrenTicks +
    children.reduce((sum, child) => sum + child.ownTicks, 0)
  );
}

/**
 * Every process's `/proc/<pid>/stat` that can be read (processes vanish while listing); none where
 * there is no /proc (macOS: PostgreSQL's CPU then reads 0).
 */
export async function readAllProcessCpu(): Promise<ProcessCpu[]> {
  const entries = await readdir('/proc').catch((): string[] => []);
  const pids = entries.filter((entry) => /^\d+$/.test(entry));
  const lines = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null)));
  return lines.flatMap((line) => {
    const parsed = line === null ? null : parseProcStat(line);
    return parsed ? [parsed] : [];
  });
}

/** Clock ticks per second (`getconf CLK_TCK`): 100 on Linux for every architecture Node runs on. */
export const CLOCK_TICKS_PER_SECOND = 100;

/**
 * A probe of a PostgreSQL server's CPU time in microseconds. With the postmaster's pid (the embedded
 * server's `postmaster.pid`) its process tree; without, every process named `postgres` this machine
 * shows (a server on `DATABASE_URL` that runs here; 0 when it runs elsewhere).
 */
export function postgresCpuProbe(postmasterPid: number | null): () => Promise<number> {
  return async () => {
    const processes = await readAllProcessCpu();
    const ticks =
      postmasterPid === null
        ? processes
            .filter((process) => process.command === 'postgres')
            .reduce((sum, process) => sum + process.ownTicks, 0)
        : serverTicks(processes, postmasterPid);
    return (ticks * 1_000_000) / CLOCK_TICKS_PER_SECOND;
  };
}
