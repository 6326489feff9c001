/** Ends an admission: the next waiting request, if any, is admitted. Calling it again does nothing. */
export type AdmissionRelease = () => void;

/** What `admit` answers: admitted now, admitted later, or refused because the queue is full. */
export type Admission =
  | { readonly state: 'admitted'; readonly release: AdmissionRelease }
  | {
      readonly state: 'queued';
      readonly admitted: Promise<AdmissionRelease>;
      /** Leaves the queue without being admitted (the client went away); nothing once admitted. */
      readonly cancel: () => void;
    }
  | { readonly state: 'refused' };

/**
 * Admits at most `maxActive` requests at a time to expensive work (loading and formatting a large
 * `include`), first come first served; up to `maxQueued` more wait in order, and beyond that a
 * request is refused at once. Whatever many clients ask for in parallel, this process then works on
 * a bounded amount of it and keeps answering everybody else between its pieces: Node has one event
 * loop, and thirty large documents built at once would hold every other request behind them.
 */
export class AdmissionQueue {
  private active = 0;
  /** Those waiting, in order: at most `maxQueued`, so removing one from the middle is cheap. */
  private readonly waiting: ((release: AdmissionRelease) => void)[] = [];

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
    return this.waiting.length;
  }

  admit(): Admission {
    if (this.active < this.maxActive && this.waiting.length === 0) {
      this.active += 1;
      return { state: 'admitted', release: this.releaser() };
    }
    if (this.waiting.length >= this.maxQueued) return { state: 'refused' };
    let admit: (release: AdmissionRelease) => void = () => undefined;
    const admitted = new Promise<AdmissionRelease>((resolve) => {
      admit = resolve;
    });
    this.waiting.push(admit);
    return {
      state: 'queued',
      admitted,
      cancel: () => {
        const index = this.waiting.indexOf(admit);
        if (index !== -1) this.waiting.splice(index, 1);
      },
    };
  }

  private releaser(): AdmissionRelease {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next(this.releaser());
      else this.active -= 1;
    };
  }
}

/**
 * The application's queue for requests with an `include` (`maxConcurrentIncludes`,
 * `maxQueuedIncludes`), provided by `GlueApplicationModule`: one per application and process.
 */
export const GLUE_INCLUDE_ADMISSION = Symbol('GLUE_INCLUDE_ADMISSION');
