import { PasswordHasher } from './password-hasher.js';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id (19 MiB, 2 passes, 1 lane) and a fresh salt each time', async () => {
    const first = await hasher.hash('change123');
    const second = await hasher.hash('change123');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
    expect(hasher.needsRehash(first)).toBe(false);
  });

  it('verifies the right password only', async () => {
    const passwordHash = await hasher.hash('change123');
    expect(await hasher.verify(passwordHash, 'change123')).toBe(true);
    expect(await hasher.verify(passwordHash, 'change124')).toBe(false);
    expect(await hasher.verify(passwordHash, '')).toBe(false);
  });

  it('answers false (never throws) for a malformed hash', async () => {
    expect(await hasher.verify('', 'change123')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'change123')).toBe(false);
    expect(await hasher.verify('$2b$10$abcdefghijklmnopqrstuv', 'change123')).toBe(false);
    expect(hasher.needsRehash('not-a-hash')).toBe(false);
  });

  it('spends a real verification on the dummy hash and answers false', async () => {
    const passwordHash = await hasher.hash('change123');
    const time = async (work: () => Promise<unknown>): Promise<number> => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    // Warm up, then compare medians of a few runs: an unknown account costs about what a known one costs.
    await hasher.verify(passwordHash, 'x');
    const dummy: number[] = [];
    const real: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      dummy.push(await time(() => hasher.verifyAgainstDummy('change123')));
      real.push(await time(() => hasher.verify(passwordHash, 'wrong-password')));
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[2] ?? 0;
    expect(await hasher.verifyAgainstDummy('change123')).toBe(false);
    expect(median(dummy)).toBeGreaterThan(median(real) * 0.4);
    expect(median(dummy)).toBeLessThan(median(real) * 2.5);
  });

  it('asks for a rehash of hashes made with other parameters', async () => {
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash('change123', { memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(hasher.needsRehash(weak)).toBe(true);
    expect(await hasher.verify(weak, 'change123')).toBe(true);
  });
});
