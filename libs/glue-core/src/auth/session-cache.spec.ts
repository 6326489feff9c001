import { SessionCache, type SessionCacheOptions } from './session-cache.js';

/** A lookup over a table the test edits, counting how often it is asked; answers when released. */
class FakeSessions {
  readonly revoked = new Set<string>();
  readonly asked: string[] = [];
  private held: (() => void)[] | null = null;

  readonly lookup = (sessionId: string): Promise<boolean> => {
    this.asked.push(sessionId);
    // The answer is read when the query runs, as the database would.
    const answer = () => !this.revoked.has(sessionId) && !sessionId.startsWith('unknown');
    if (this.held === null) return Promise.resolve(answer());
    const held = this.held;
    return new Promise((resolve) => held.push(() => resolve(answer())));
  };

  /** Lookups stay pending until `release`. */
  hold(): void {
    this.held = [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const answer of held) answer();
  }
}

describe('SessionCache', () => {
  let clock: number;
  let sessions: FakeSessions;
  const cache = (options: SessionCacheOptions = {}) =>
    new SessionCache(sessions.lookup, { now: () => clock, ...options });

  beforeEach(() => {
    clock = 1_000;
    sessions = new FakeSessions();
  });

  it('answers a known session from memory, synchronously, without asking again', async () => {
    const subject = cache();
    await expect(subject.isActive('s-1')).resolves.toBe(true);
    expect(subject.isActive('s-1')).toBe(true);
    expect(subject.isActive('s-1')).toBe(true);
    expect(sessions.asked).toEqual(['s-1']);
  });

  it('asks again once an active answer is older than the staleness bound, counted from the lookup start', async () => {
    const subject = cache({ stalenessMs: 1000 });
    const first = subject.isActive('s-1');
    clock += 200; // the lookup took 200 ms: the bound runs from when it started
    await first;
    sessions.revoked.add('s-1'); // another process revokes the session
    clock = 1_000 + 999;
    expect(subject.isActive('s-1')).toBe(true); // within the bound: still the old answer
    clock = 1_000 + 1000;
    await expect(subject.isActive('s-1')).resolves.toBe(false); // past it: asked again
    expect(sessions.asked).toEqual(['s-1', 's-1']);
  });

  it('remembers a revoked or unknown session for good: it never becomes active again', async () => {
    sessions.revoked.add('s-1');
    const subject = cache();
    await expect(subject.isActive('s-1')).resolves.toBe(false);
    await expect(subject.isActive('unknown-1')).resolves.toBe(false);
    clock += 3_600_000;
    expect(subject.isActive('s-1')).toBe(false);
    expect(subject.isActive('unknown-1')).toBe(false);
    expect(sessions.asked).toEqual(['s-1', 'unknown-1']);
  });

  it('with a staleness of 0, asks on every request whether the session is active', async () => {
    const subject = cache({ stalenessMs: 0 });
    await subject.isActive('s-1');
    await subject.isActive('s-1');
    expect(sessions.asked).toEqual(['s-1', 's-1']);
  });

  it('asks once for a session however many requests wait for it', async () => {
    sessions.hold();
    const subject = cache();
    const waiting = [subject.isActive('s-1'), subject.isActive('s-1'), subject.isActive('s-1')];
    expect(waiting.every((answer) => answer instanceof Promise)).toBe(true);
    sessions.release();
    await expect(Promise.all(waiting as Promise<boolean>[])).resolves.toEqual([true, true, true]);
    expect(sessions.asked).toEqual(['s-1']);
  });

  it('applies a local revocation at once: the next request asks again', async () => {
    const subject = cache();
    await subject.isActive('s-1');
    sessions.revoked.add('s-1');
    subject.invalidate(['s-1', 'never-seen']);
    await expect(subject.isActive('s-1')).resolves.toBe(false);
    expect(subject.isActive('s-1')).toBe(false);
  });

  it('does not keep what a lookup read before a local revocation committed', async () => {
    const subject = cache();
    sessions.hold();
    const before = subject.isActive('s-1'); // the query runs before the revocation commits …
    sessions.release();
    subject.invalidate(['s-1']); // … the revocation commits and is announced before the answer arrives
    sessions.revoked.add('s-1');
    await expect(before).resolves.toBe(true); // that request started before the revocation
    await expect(subject.isActive('s-1')).resolves.toBe(false); // the next one asks again
    expect(sessions.asked).toEqual(['s-1', 's-1']);
  });

  it("keeps what a lookup read when another session's revocation arrives meanwhile", async () => {
    const subject = cache();
    sessions.hold();
    const pending = subject.isActive('s-1');
    subject.invalidate(['s-2']); // a revocation of another session says nothing about s-1
    sessions.release();
    await expect(pending).resolves.toBe(true);
    expect(subject.isActive('s-1')).toBe(true); // answered from memory
    expect(sessions.asked).toEqual(['s-1']);
  });

  it('keeps at most maxEntries sessions, dropping the oldest', async () => {
    const subject = cache({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) await subject.isActive(id);
    expect(subject.size).toBe(3);
    expect(subject.isActive('b')).toBe(true); // kept: answered from memory
    await expect(subject.isActive('a')).resolves.toBe(true); // dropped: asked again
    expect(sessions.asked).toEqual(['a', 'b', 'c', 'd', 'a']);
    expect(subject.size).toBe(3);
  });

  it('lets a failed lookup fail the request and asks again next time', async () => {
    let fail = true;
    const subject = new SessionCache(
      (id) => (fail ? Promise.reject(new Error('database down')) : sessions.lookup(id)),
      { now: () => clock },
    );
    await expect(subject.isActive('s-1')).rejects.toThrow('database down');
    fail = false;
    await expect(subject.isActive('s-1')).resolves.toBe(true);
  });

  it('refuses a staleness bound above one second and a size below one', () => {
    expect(() => cache({ stalenessMs: 1001 })).toThrow(RangeError);
    expect(() => cache({ stalenessMs: -1 })).toThrow(RangeError);
    expect(() => cache({ maxEntries: 0 })).toThrow(RangeError);
  });
});
