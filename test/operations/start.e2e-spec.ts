import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import {
  descendantsMatching,
  freeStartPorts,
  isAlive,
  npmStart,
  postgresOn,
  REPO_ROOT,
  serves,
  spawnProcess,
  startEnvironment,
  waitUntilServing,
  type StartedProcess,
  type StartPorts,
} from '../support/npm-start.js';
import { waitFor } from '../support/processes.js';

/**
 * `npm start` as a process manager and an operator meet it: the real npm, the real start script,
 * an embedded PostgreSQL in a data directory of this suite (`.data/test-start`, initialised once
 * and reused by later runs), free ports and no DATABASE_URL unless a test sets one.
 */
const DATA_DIR = path.join(REPO_ROOT, '.data', 'test-start');
const POSTGRES_DIR = path.join(DATA_DIR, 'postgres');
const STOP_WITHIN_MS = 10_000;

/** Lines that look like a warning (Nest's `WARN`, Node's `…Warning`, npm's `npm warn`). */
function warnings(output: string): string[] {
  return output.split('\n').filter((line) => /\bwarn(ing)?\b|Warning\b/i.test(line));
}

/** A stack trace's frames (`    at …`). */
function stackFrames(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+at\s/.test(line));
}

/** The lines our own start printed (npm's `>` banner and `npm error` lines left out). */
function ownLines(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('>') && !line.startsWith('npm '));
}

/**
 * A login whose body arrives in two halves, on a raw connection of its own: a request that
 * is in flight for as long as the test wants. `finish()` sends the second half and resolves
 * with the response's status line, or with what ended the connection instead.
 */
function trickledLogin(port: number): { sent: Promise<void>; finish(): Promise<string> } {
  const body = JSON.stringify({
    data: { type: 'access-tokens', attributes: { username: 'sonia@example.com', password: 'change123' } },
  });
  const socket = connect(port, '127.0.0.1');
  let received = '';
  const ended = new Promise<string>((resolve) => {
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code ?? error.message}`));
    socket.on('close', () =>
      resolve(received === '' ? 'closed without a response' : received.slice(0, received.indexOf('\r\n'))),
    );
  });
  const half = Math.floor(body.length / 2);
  const sent = new Promise<void>((resolve) =>
    socket.once('connect', () =>
      socket.write(
        [
          'POST /access-tokens HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          'Accept: application/vnd.api+json',
          'Content-Type: application/vnd.api+json',
          `Content-Length: ${Buffer.byteLength(body)}`,
          'Connection: close',
          '',
          body.slice(0, half),
        ].join('\r\n'),
        () => resolve(),
      ),
    ),
  );
  return {
    sent,
    finish: () => {
      // Not `end()`: a client that half-closes its side has the server abort the request.
      if (!socket.destroyed) socket.write(body.slice(half));
      return ended;
    },
  };
}

async function stopLeftoverPostgres(): Promise<void> {
  for (const pid of postgresOn(POSTGRES_DIR)) {
    process.kill(pid, 'SIGINT');
    await waitFor(() => !isAlive(pid), 10_000, `leftover PostgreSQL ${pid} to stop`).catch(() =>
      process.kill(pid, 'SIGKILL'),
    );
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty database of its own on the suite's PostgreSQL server (global teardown drops it). */
async function createEmptyDatabase(): Promise<string> {
  const serverUrl = process.env['GLUE_TEST_SERVER_URL'];
  if (!serverUrl) throw new Error('GLUE_TEST_SERVER_URL is not set: run this suite in the e2e project.');
  const name = `glue_test_start_${randomBytes(5).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function demoRows(url: string): Promise<{ users: number; customers: number; stores: number }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ users: number; customers: number; stores: number }>(
      `SELECT (SELECT count(*) FROM back_office_user)::int AS users,
              (SELECT count(*) FROM customer)::int AS customers,
              (SELECT count(*) FROM store)::int AS stores`,
    );
    const [counts] = rows;
    if (!counts) throw new Error('no row');
    return counts;
  });
}

describe('npm start as a service', () => {
  const started: StartedProcess[] = [];
  const start = (environment: NodeJS.ProcessEnv): StartedProcess => {
    const npm = npmStart(environment);
    started.push(npm);
    return npm;
  };
  const stop = async (
    npm: StartedProcess,
    signal: NodeJS.Signals,
  ): Promise<{ code: number | null; elapsedMs: number }> => {
    const sent = Date.now();
    process.kill(npm.pid, signal);
    const { code } = await npm.exit(STOP_WITHIN_MS);
    return { code, elapsedMs: Date.now() - sent };
  };

  beforeAll(async () => {
    // One build for the whole suite; every start below skips npm's `prestart` build.
    const { NODE_OPTIONS: _jest, ...environment } = process.env;
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, env: environment, stdio: 'pipe' });
    await stopLeftoverPostgres();
  }, 120_000);

  afterEach(async () => {
    for (const each of started.splice(0)) each.killGroup();
    await stopLeftoverPostgres();
  });

  it('stops both applications and the embedded PostgreSQL within 10 s of SIGTERM to npm; a clean start logs no warning', async () => {
    const ports = await freeStartPorts();
    const npm = start(startEnvironment(DATA_DIR, ports));
    await waitUntilServing(npm, ports, 90_000);
    expect(postgresOn(POSTGRES_DIR)).toHaveLength(1);

    const { code, elapsedMs } = await stop(npm, 'SIGTERM');
    expect(elapsedMs).toBeLessThan(STOP_WITHIN_MS);
    expect(code).toBe(0);
    expect(postgresOn(POSTGRES_DIR)).toEqual([]);
    expect(await serves(ports.storefront, '/stores')).toBe(false);
    expect(warnings(npm.text)).toEqual([]);
  }, 120_000);

  it('two starts at once: one serves, the other says why in one line and exits non-zero', async () => {
    const ports = await freeStartPorts();
    const environment = startEnvironment(DATA_DIR, ports);
    const both = [start(environment), start(environment)];
    await waitFor(() => both.some((each) => !each.running), 60_000, 'one of two starts to give up');
    const loser = both.find((each) => !each.running) as StartedProcess;
    const winner = both.find((each) => each !== loser) as StartedProcess;

    expect((await loser.exit(1_000)).code).not.toBe(0);
    expect(stackFrames(loser.text)).toEqual([]);
    const explained = ownLines(loser.text).filter((line) => /already|another/i.test(line));
    expect(explained).toEqual([expect.stringContaining(POSTGRES_DIR)]);

    await waitUntilServing(winner, ports);
    expect(await serves(ports.storefront, '/stores')).toBe(true);
    const { code } = await stop(winner, 'SIGINT');
    expect(code).toBe(0);
    expect(postgresOn(POSTGRES_DIR)).toEqual([]);
  }, 120_000);

  it('after kill -9 of the start process, the next start stops the PostgreSQL it orphaned and comes up', async () => {
    const ports = await freeStartPorts();
    const environment = startEnvironment(DATA_DIR, ports);
    const killed = start(environment);
    await waitUntilServing(killed, ports);
    const [node] = descendantsMatching(killed.pid, 'dist/scripts/start.js');
    const [orphan] = postgresOn(POSTGRES_DIR);
    if (node === undefined || orphan === undefined)
      throw new Error(`no start or server process:\n${killed.text}`);

    process.kill(node, 'SIGKILL');
    await killed.exit(STOP_WITHIN_MS);
    expect(isAlive(orphan)).toBe(true);

    const next = start(environment);
    await waitUntilServing(next, ports);
    expect(isAlive(orphan)).toBe(false);
    expect(postgresOn(POSTGRES_DIR)).toHaveLength(1);
    expect(stackFrames(next.text)).toEqual([]);
    await stop(next, 'SIGTERM');
    expect(postgresOn(POSTGRES_DIR)).toEqual([]);
  }, 120_000);

  it('after kill -9 of npm itself, the start it ran lets a request in flight finish, then stops and leaves no PostgreSQL', async () => {
    const ports = await freeStartPorts();
    const npm = start(startEnvironment(DATA_DIR, ports));
    await waitUntilServing(npm, ports);
    const [node] = descendantsMatching(npm.pid, 'dist/scripts/start.js');
    if (node === undefined) throw new Error(`no start process:\n${npm.text}`);
    const login = trickledLogin(ports.storefront);
    await login.sent;

    process.kill(npm.pid, 'SIGKILL');
    // The start notices within a second and drains; its parent watcher would fire twice more
    // while the request waits for the rest of its body (well within SHUTDOWN_GRACE_SECONDS).
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await login.finish()).toBe('HTTP/1.1 201 Created');
    await waitFor(
      () => !isAlive(node) && postgresOn(POSTGRES_DIR).length === 0,
      STOP_WITHIN_MS,
      'the start and its PostgreSQL to stop after npm was killed',
    );
    expect(await serves(ports.storefront, '/stores')).toBe(false);
  }, 120_000);

  it.each([
    ['STOREFRONT_PORT', 'storefront'],
    ['BACKEND_PORT', 'backend'],
    ['EMBEDDED_POSTGRES_PORT', 'postgres'],
  ] as const)(
    'a busy %s: one line naming the variable, exit non-zero, nothing left running',
    async (variable, key) => {
      const ports = await freeStartPorts();
      const blocker: Server = createServer();
      await new Promise<void>((resolve) => blocker.listen(ports[key], '127.0.0.1', resolve));
      try {
        const npm = start(startEnvironment(DATA_DIR, ports));
        const { code } = await npm.exit(60_000);
        expect(code).not.toBe(0);
        expect(stackFrames(npm.text)).toEqual([]);
        const lines = ownLines(npm.text).filter((line) => line.includes(variable));
        expect(lines).toEqual([expect.stringContaining(String(ports[key]))]);
        expect(postgresOn(POSTGRES_DIR)).toEqual([]);
      } finally {
        await new Promise((resolve) => blocker.close(resolve));
      }
    },
    120_000,
  );

  it('with DATABASE_URL it seeds no demo accounts into an empty database; SEED_DEMO=1 does', async () => {
    const databaseUrl = await createEmptyDatabase();

    const ports = await freeStartPorts();
    const plain = start(startEnvironment(DATA_DIR, ports, { DATABASE_URL: databaseUrl }));
    await waitUntilServing(plain, ports);
    expect(await demoRows(databaseUrl)).toEqual({ users: 0, customers: 0, stores: 0 });
    expect(plain.text).toMatch(/not seeded/i);
    expect(plain.text).not.toContain('change123');
    await stop(plain, 'SIGTERM');

    const seededPorts: StartPorts = await freeStartPorts();
    const seeded = start(
      startEnvironment(DATA_DIR, seededPorts, { DATABASE_URL: databaseUrl, SEED_DEMO: '1' }),
    );
    await waitUntilServing(seeded, seededPorts);
    expect(await demoRows(databaseUrl)).toEqual({ users: 1, customers: 1, stores: 2 });
    expect(seeded.text).toContain('admin@example.com');
    await stop(seeded, 'SIGTERM');
  }, 120_000);

  it('npm run seed refuses without --demo and seeds the demo data with it', async () => {
    const databaseUrl = await createEmptyDatabase();
    const environment = startEnvironment(DATA_DIR, await freeStartPorts(), { DATABASE_URL: databaseUrl });

    const refused = spawnProcess('npm', ['run', 'seed', '--ignore-scripts'], environment);
    started.push(refused);
    expect((await refused.exit(60_000)).code).not.toBe(0);
    expect(ownLines(refused.text)).toEqual([expect.stringContaining('--demo')]);

    const seed = spawnProcess('npm', ['run', 'seed', '--ignore-scripts', '--', '--demo'], environment);
    started.push(seed);
    expect((await seed.exit(60_000)).code).toBe(0);
    expect(await demoRows(databaseUrl)).toEqual({ users: 1, customers: 1, stores: 2 });
    expect(seed.text).toContain('admin@example.com');
  }, 120_000);
});
