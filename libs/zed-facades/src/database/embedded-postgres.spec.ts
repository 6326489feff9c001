import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
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
});
