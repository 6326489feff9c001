import { AdmissionQueue, type Admission, type AdmissionRelease } from './admission-queue.js';

function admitted(admission: Admission): AdmissionRelease {
  if (admission.state !== 'admitted') throw new Error(`expected admitted, got ${admission.state}`);
  return admission.release;
}

function queued(admission: Admission): Extract<Admission, { state: 'queued' }> {
  if (admission.state !== 'queued') throw new Error(`expected queued, got ${admission.state}`);
  return admission;
}

describe('AdmissionQueue', () => {
  it('admits up to maxActive at once, queues up to maxQueued, and refuses beyond', () => {
    const queue = new AdmissionQueue(2, 1);
    admitted(queue.admit());
    admitted(queue.admit());
    queued(queue.admit());
    expect(queue.admit().state).toBe('refused');
    expect([queue.activeCount, queue.queuedCount]).toEqual([2, 1]);
  });

  it('admits the waiting in order as others are released, and a release counts once', async () => {
    const queue = new AdmissionQueue(1, 5);
    const first = admitted(queue.admit());
    const second = queued(queue.admit());
    const third = queued(queue.admit());
    const order: string[] = [];
    void second.admitted.then(() => order.push('second'));
    void third.admitted.then(() => order.push('third'));

    first();
    first();
    await Promise.resolve();
    expect(order).toEqual(['second']);
    expect([queue.activeCount, queue.queuedCount]).toEqual([1, 1]);

    (await second.admitted)();
    await third.admitted;
    expect(order).toEqual(['second', 'third']);
    expect([queue.activeCount, queue.queuedCount]).toEqual([1, 0]);
  });

  it('skips a cancelled wait and frees its place in the queue', async () => {
    const queue = new AdmissionQueue(1, 1);
    const first = admitted(queue.admit());
    const gone = queued(queue.admit());
    gone.cancel();
    expect(queue.queuedCount).toBe(0);
    const next = queued(queue.admit());
    first();
    (await next.admitted)();
    expect([queue.activeCount, queue.queuedCount]).toEqual([0, 0]);
  });

  it('does not let a newcomer overtake those already waiting', () => {
    const queue = new AdmissionQueue(1, 5);
    const first = admitted(queue.admit());
    queued(queue.admit());
    first();
    // The waiting request took the freed place; a newcomer waits behind it.
    expect(queue.admit().state).toBe('queued');
  });

  it('refuses impossible bounds', () => {
    expect(() => new AdmissionQueue(0, 1)).toThrow(RangeError);
    expect(() => new AdmissionQueue(1, -1)).toThrow(RangeError);
  });
});
