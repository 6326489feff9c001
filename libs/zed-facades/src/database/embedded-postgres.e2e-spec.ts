import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { rejectionOf } from '../../../../test/support/rejection.js';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function selectOne(url: string): Promise<unknown> {
  const dataSource = await new DataSource({ type: 'postgres', url, poolSize: 1 }).initialize();
  try {
    return await dataSource.query('SELECT 1 AS one');
  } finally {
    await dataSource.destroy();
  }
}

describe('startEmbeddedPostgres', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'zf-embedded-'));
    // The server runs as the `postgres` system user when we are root; it must be able to reach the data dir.
    await chmod(root, 0o755);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('boots, answers, stops, and restarts on the same data past a stale lock file', async () => {
    const dataDir = path.join(root, 'pg');
    const logs: string[] = [];
    const first = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      onLog: (line) => logs.push(line),
    });
    try {
      expect(first.url).toMatch(/^postgres:\/\/postgres:postgres@127\.0\.0\.1:\d+\/glue$/);
      expect(await selectOne(first.url)).toEqual([{ one: 1 }]);
    } finally {
      await first.stop();
    }
    expect(logs.length).toBeGreaterThan(0);

    // What a killed run leaves behind: a lock file naming a process that no longer exists.
    await writeFile(path.join(dataDir, 'postmaster.pid'), '999999\n/nowhere\n');
    const second = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      expect(await selectOne(second.url)).toEqual([{ one: 1 }]);
    } finally {
      await second.stop();
      await second.stop();
    }
  }, 60_000);

  it('refuses a second start while another holds the data directory, in one sentence naming it', async () => {
    const dataDir = path.join(root, 'pg');
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      const second = await rejectionOf(
        startEmbeddedPostgres({ dataDir, port: await freePort() }),
        EmbeddedPostgresError,
      );
      expect(second).toMatchObject({ reason: 'data-dir-in-use', details: { dataDir, pid: process.pid } });
      expect((second as Error).message).toBe(
        `Another start (pid ${process.pid}) is using the embedded PostgreSQL in ${dataDir}.`,
      );
      expect(await selectOne(first.url)).toEqual([{ one: 1 }]);
    } finally {
      await first.stop();
    }
  }, 60_000);

  it('stops the server a killed start left running (its lock names a dead owner), then starts anew', async () => {
    const dataDir = path.join(root, 'pg');
    const killed = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const lockFile = `${dataDir}.lock`;
    const record = JSON.parse(await readFile(lockFile, 'utf8')) as { server: { pid: number } };
    // What `kill -9` of the owner leaves: its server runs on, its lock names a process that is gone.
    const deadPid = spawnSync('true').pid;
    await writeFile(lockFile, JSON.stringify({ ...record, pid: deadPid, startTime: '1' }));

    const next = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      expect(next.stoppedOrphan).toEqual({ pid: record.server.pid, killedStartPid: deadPid });
      expect(await selectOne(next.url)).toEqual([{ one: 1 }]);
      await expect(selectOne(killed.url)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await next.stop();
    }
  }, 60_000);

  it('never touches a live server that no start of this project launched', async () => {
    const dataDir = path.join(root, 'pg');
    const foreign = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    await rm(`${dataDir}.lock`);
    try {
      const refused = await rejectionOf(
        startEmbeddedPostgres({ dataDir, port: await freePort() }),
        EmbeddedPostgresError,
      );
      expect(refused).toMatchObject({ reason: 'foreign-server' });
      expect(await selectOne(foreign.url)).toEqual([{ one: 1 }]);
    } finally {
      await foreign.stop();
    }
  }, 60_000);

  it('reports a port in use before PostgreSQL tries it, and leaves the directory free', async () => {
    const dataDir = path.join(root, 'pg');
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const refused = await rejectionOf(startEmbeddedPostgres({ dataDir, port }), EmbeddedPostgresError);
      expect(refused).toMatchObject({ reason: 'port-in-use', details: { port } });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    const free = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    await free.stop();
  }, 60_000);
});
