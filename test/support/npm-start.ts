/**
 * `npm start` as an operator runs it, for the process-level suite (test/operations): a real `npm`
 * process with its own data directory and ports, its output collected, and the processes it leaves
 * behind found through /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findFreePort, waitFor } from './processes.js';

/** The repository root (the suites run from it). */
export const REPO_ROOT = path.resolve('.');

export interface StartPorts {
  readonly storefront: number;
  readonly backend: number;
  readonly postgres: number;
}

export async function freeStartPorts(): Promise<StartPorts> {
  return { storefront: await findFreePort(), backend: await findFreePort(), postgres: await findFreePort() };
}

/**
 * The environment of a start: the test runner's own settings (`NODE_OPTIONS` of Jest,
 * `DATABASE_URL` and `REDIS_URL` of CI) are not passed on, so that the start is what an operator's
 * shell gives it, plus `overrides`.
 */
export function startEnvironment(
  dataDir: string,
  ports: StartPorts,
  overrides: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const {
    NODE_OPTIONS: _nodeOptions,
    DATABASE_URL: _database,
    REDIS_URL: _redis,
    ...inherited
  } = process.env;
  const environment: NodeJS.ProcessEnv = {
    ...inherited,
    GLUE_DATA_DIR: dataDir,
    JWT_KEYS_DIR: path.join(dataDir, 'keys'),
    STOREFRONT_PORT: String(ports.storefront),
    BACKEND_PORT: String(ports.backend),
    EMBEDDED_POSTGRES_PORT: String(ports.postgres),
    HOST: '127.0.0.1',
    ...overrides,
  };
  for (const name of Object.keys(environment)) {
    // npm's own variables of the runner (npm_lifecycle_event=test, …) belong to the runner's npm.
    if (name.startsWith('npm_')) delete environment[name];
  }
  return environment;
}

/** A spawned process with its output and exit. */
export class StartedProcess {
  private output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('The process did not start.');
    return this.child.pid;
  }

  /** stdout and stderr, interleaved as they arrived. */
  get text(): string {
    return this.output;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves with the exit, or rejects after `timeoutMs`. */
  async exit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`pid ${this.pid} still runs after ${timeoutMs} ms:\n${this.text}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills what is left of the process group (cleanup after a failed test). */
  killGroup(): void {
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
}

/** Spawns `command` in a process group of its own, in the repository root. */
export function spawnProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): StartedProcess {
  return new StartedProcess(
    spawn(command, args, { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

/**
 * `npm start`, the real one. `--ignore-scripts` skips only the `prestart` build (the suite built
 * once); npm still runs the `start` script itself.
 */
export function npmStart(env: NodeJS.ProcessEnv): StartedProcess {
  return spawnProcess('npm', ['start', '--ignore-scripts'], env);
}

/**
 * Waits until both applications answer HTTP (whatever the status: an unseeded database answers
 * 500); fails at once, with the output, if the process exits.
 */
export async function waitUntilServing(
  started: StartedProcess,
  ports: StartPorts,
  timeoutMs = 60_000,
): Promise<void> {
  try {
    await waitFor(
      async () =>
        !started.running ||
        ((await status(ports.storefront, '/stores')) !== null &&
          (await status(ports.backend, '/.well-known/jwks.json')) !== null),
      timeoutMs,
      `npm start (pid ${started.pid}) to answer on ports ${ports.storefront} and ${ports.backend}`,
    );
  } catch (error) {
    throw new Error(`${String(error)}\n--- output ---\n${started.text}`, { cause: error });
  }
  if (!started.running) throw new Error(`npm start exited before serving:\n${started.text}`);
}

/** Whether `GET path` answers 200 on the port (a JSON:API read of the catalog, or the key set). */
export async function serves(port: number, requestPath: string): Promise<boolean> {
  return (await status(port, requestPath)) === 200;
}

/** The status `GET path` answers with on the port, or `null` when nothing answers. */
export async function status(port: number, requestPath: string): Promise<number | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${requestPath}`, {
      headers: { Accept: 'application/vnd.api+json, application/json' },
      signal: AbortSignal.timeout(2_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly command: string;
}

/** Every process of this machine (Linux /proc). */
export function listProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command (which is in parentheses and may hold spaces): state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      processes.push({ pid: Number(entry), ppid, command });
    } catch {
      // It exited while we looked.
    }
  }
  return processes;
}

/** The PostgreSQL server processes (postmaster) running on this data directory. */
export function postgresOn(postgresDataDir: string): number[] {
  return listProcesses()
    .filter((each) => /\bpostgres\b/.test(each.command) && each.command.includes(`-D ${postgresDataDir} `))
    .map((each) => each.pid);
}

/** The processes below `pid` whose command line contains `fragment`. */
export function descendantsMatching(pid: number, fragment: string): number[] {
  const processes = listProcesses();
  const below = new Set<number>([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const each of processes) {
      if (!below.has(each.pid) && below.has(each.ppid)) {
        below.add(each.pid);
        grew = true;
      }
    }
  }
  return processes
    .filter((each) => each.pid !== pid && below.has(each.pid) && each.command.includes(fragment))
    .map((each) => each.pid);
}

/** Whether the process exists and is not a zombie (an exited child nobody reaped yet). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch {
    return false;
  }
}
