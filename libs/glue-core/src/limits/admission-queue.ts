/** Ends an admission: the next waiting request, if any, is admitted. Calling it again does nothing. */
export type AdmissionRelease = () => void;

/** Cancels a wait (the client went away): the request leaves the queue without being admitted. */
export type AdmissionCancel = () => void;

/** What `admit` answers: admitted now, admitted later, or refused because the queue is full. */
export type Admission =
  | { readonly state: 'admitted'; readonly release: AdmissionRelease }
  | {
      readonly state: 'queued';
      readonly admitted: Promise<AdmissionRelease>;
      readonly cancel: AdmissionCancel;
    }
  | { readonly state: 'refused' };

interface Waiting {
  readonly admit: (release: AdmissionRelease) => void;
  /** Admitted or cancelled: no longer waiting. */
  done: boolean;
}

/**
 * Admits at most `maxActive` requests at a time to expensive work (loading and formatting a large
 * `include`), first come first served; up to `maxQueued` more wait in order, and beyond that a
 * request is refused at once. Whatever many clients ask for in parallel, this process then works on
 * a bounded amount of it and keeps answering everybody else between its pieces: Node has one event
 * loop, and thirty large documents built at once would hold every other request behind them.
 */
export class AdmissionQueue {
  private active = 0;
  private queued = 0;
  private readonly waiting: Waiting[] = [];
  /** Index of the first live entry of `waiting` (shifting an array is linear; this is not). */
  private head = 0;

  constructor(
    readonly maxActive: number,
    readonly maxQueued: number,
  ) {
    if (!Number.isInteger(maxActive) || maxActive < 1) {
      throw new RangeError('maxActive must be a whole number of at least 1.');
    }
    if (!Number.isInteger(maxQueued) || maxQueued < 0) {
      throw new RangeError('maxQueued must be a whole number of at least 0.');
    }
  }

  /** Requests admitted now. */
  get activeCount(): number {
    return this.active;
  }

  /** Requests waiting now. */
  get queuedCount(): number {
    return this.queued;
  }

  admit(): Admission {
    if (this.active < this.maxActive && this.queued === 0) {
      this.active += 1;
      return { state: 'admitted', release: this.releaser() };
    }
    if (this.queued >= this.maxQueued) return { state: 'refused' };
    let admit: ((release: AdmissionRelease) => void) | undefined;
    const admitted = new Promise<AdmissionRelease>((resolve) => {
      admit = resolve;
    });
    const waiting: Waiting = { admit: admit ?? (() => undefined), done: false };
    this.waiting.push(waiting);
    this.queued += 1;
    return {
      state: 'queued',
      admitted,
      cancel: () => {
        if (waiting.done) return;
        waiting.done = true;
        this.queued -= 1;
      },
    };
  }

  private releaser(): AdmissionRelease {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.admitNext();
    };
  }

  private admitNext(): void {
    while (this.head < this.waiting.length && this.active < this.maxActive) {
      const next = this.waiting[this.head];
      this.head += 1;
      if (!next || next.done) continue;
      next.done = true;
      this.queued -= 1;
      this.active += 1;
      next.admit(this.releaser());
    }
    if (this.head === this.waiting.length) {
      this.waiting.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
  }
}

/**
 * The application's queue for requests with an `include` (`maxConcurrentIncludes`,
 * `maxQueuedIncludes`), provided by `GlueApplicationModule`: one per application and process.
 */
export const GLUE_INCLUDE_ADMISSION = Symbol('GLUE_INCLUDE_ADMISSION');
