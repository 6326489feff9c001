import { spawnSync } from 'node:child_process';
import { link, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import { acquireDataDirLock, type DataDirLock } from './embedded-postgres.lock.js';

describe('acquireDataDirLock', () => {
  let root: string;
  /** A pid that no process has now (a child that has exited). */
  const deadPid = spawnSync('true').pid;
  const staleRecord = { pid: deadPid, startTime: '1', server: null };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'zf-lock-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('takes over a lock whose owner is dead and hands its record back', async () => {
    const dataDir = path.join(root, 'single');
    await writeFile(`${dataDir}.lock`, JSON.stringify(staleRecord));
    const lock = await acquireDataDirLock(dataDir);
    expect(lock.previous).toEqual(staleRecord);
    expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(await readdir(root)).toEqual([]);
  });

  it('of two starts taking over the same stale lock at once, exactly one wins; the other is told it is in use', async () => {
    // The second start begins 0, 1, 2, … turns of the event loop after the first, so that over the
    // rounds each of its steps meets each step of the first.
    for (let round = 0; round < 40; round += 1) {
      const dataDir = path.join(root, `race-${round}`);
      await writeFile(`${dataDir}.lock`, JSON.stringify(staleRecord));

      const first = acquireDataDirLock(dataDir);
      for (let turn = 0; turn < round; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      const results = await Promise.allSettled([first, acquireDataDirLock(dataDir)]);
      const won = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      const lost = results.flatMap((result) =>
        result.status === 'rejected' ? [result.reason as unknown] : [],
      );
      await Promise.all(won.map((lock: DataDirLock) => lock.release()));

      expect({ round, won: won.length }).toEqual({ round, won: 1 });
      expect(won[0]?.previous).toEqual(staleRecord);
      expect(lost).toEqual([expect.any(EmbeddedPostgresError)]);
      expect(lost[0]).toMatchObject({ reason: 'data-dir-in-use', details: { dataDir, pid: process.pid } });
      // Nothing left beside the data directory: no claim, no file written aside.
      expect(await readdir(root)).toEqual([]);
    }
  });

  it('takes over past the claim of a start that was killed while taking over', async () => {
    const dataDir = path.join(root, 'abandoned');
    await writeFile(`${dataDir}.lock`, JSON.stringify(staleRecord));
    // What a start killed between its claim and its own record leaves: the claim on the stale lock.
    await link(`${dataDir}.lock`, `${dataDir}.lock.takeover`);

    const lock = await acquireDataDirLock(dataDir);
    expect(lock.previous).toEqual(staleRecord);
    await lock.release();
    expect(await readdir(root)).toEqual([]);
  });
});
