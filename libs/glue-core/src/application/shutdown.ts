import type { Server } from 'node:http';
import { Logger, type INestApplication, type LoggerService } from '@nestjs/common';
import { IsWholeNumberVariable } from '../config/environment.decorators.js';
import { configGroup, type ConfigGroup } from '../config/environment.js';

class ShutdownVariables {
  @IsWholeNumberVariable(0, 300) readonly SHUTDOWN_GRACE_SECONDS: number = 5;
}

/**
 * `SHUTDOWN_GRACE_SECONDS` (default 5): how long a stopping application lets requests in flight
 * finish before it closes their connections. A stop takes at most this plus
 * `STOP_BEYOND_GRACE_MS`: ten seconds with the default, what process managers commonly wait.
 */
export function shutdownGraceSeconds(): ConfigGroup<number> {
  return configGroup(ShutdownVariables, '', (values) => values.SHUTDOWN_GRACE_SECONDS);
}

/** A terminal's Ctrl-C, a process manager's stop, a closed terminal. */
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** How often connections that became idle during the drain are closed. */
const IDLE_SWEEP_MS = 100;

/**
 * The budget of a stop (`stopOnSignal`) beyond the grace period: the applications' close gets
 * `CLOSE_MS`, the `after` step (an embedded database) what is left but `EXIT_MARGIN_MS`, which
 * is kept for the exit itself.
 */
export const STOP_BEYOND_GRACE_MS = 5_000;
const CLOSE_MS = 1_000;
const EXIT_MARGIN_MS = 500;

/**
 * Stops an application like a service: it stops accepting connections at once, lets the requests
 * in flight finish (closing each keep-alive connection as soon as it is idle) for at most
 * `graceMs`, closes whatever is still open after that, and only then closes the application
 * (Nest's shutdown hooks: Redis clients, the database pool). Requests in flight therefore still
 * have every service they need while they finish.
 *
 * Everything is over by `deadline` (ms since the epoch; by default `CLOSE_MS` after the grace
 * period): a close still waiting then (a pool's `end()` waits for the connections a cut-off
 * request still holds) is left behind with a warning, for the process's exit to end.
 */
export async function stopGlueApplication(
  app: INestApplication,
  graceMs: number,
  deadline = Date.now() + graceMs + CLOSE_MS,
): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (server.listening) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const cut = setTimeout(() => server.closeAllConnections(), Math.min(graceMs, deadline - Date.now()));
    try {
      await closed;
    } finally {
      clearInterval(sweep);
      clearTimeout(cut);
    }
  }
  const closeMs = Math.max(0, deadline - Date.now());
  if (!(await within(app.close(), closeMs))) {
    new Logger('Shutdown').warn(`The application did not close within ${closeMs} ms; stopping without it.`);
  }
}

/** Whether `work` settled within `ms` (its rejection, if in time, is thrown). */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface GlueStopOptions {
  /** Who stops, for the log line (`SIGTERM received: stopping the storefront API …`). */
  readonly what: string;
  /** The applications to stop, read when the stop begins (a start script adds them as they come up). */
  readonly applications: readonly INestApplication[];
  /** How long requests in flight may finish (`SHUTDOWN_GRACE_SECONDS`), read when the stop begins. */
  readonly graceMs: number | (() => number);
  /**
   * What to stop once the applications are closed (a start script's embedded database), done by
   * `deadline` (ms since the epoch).
   */
  readonly after?: (deadline: number) => Promise<void>;
  /** Ends the process; `process.exit` unless a test passes its own. */
  readonly exit?: (code: number) => void;
  /** Where the stop's reason and failures go (Nest's logger, context `Shutdown`, by default). */
  readonly logger?: Pick<LoggerService, 'log' | 'error'>;
}

export interface GlueStop {
  /**
   * Begins the stop, or joins the one under way, and ends the process once it is over, with the
   * exit code of the first call. `reason` (`npm is gone`) is logged by the call that begins it.
   */
  stop(exitCode: number, reason?: string): Promise<void>;
}

/**
 * Stops a process's applications like a service on SIGINT, SIGTERM or SIGHUP, and whenever the
 * caller asks (a start script whose parent died, or whose start-up failed): the applications
 * drain and close (`stopGlueApplication`), then `after` runs, then the process exits. There is one
 * stop: a later signal or call joins it rather than cutting it short, so nothing is left running
 * (npm forwards the signal a terminal already sent to the whole process group, so one Ctrl-C may
 * arrive twice).
 *
 * It is over within the grace period plus `STOP_BEYOND_GRACE_MS`: the drain gets the grace
 * period, the applications' close `CLOSE_MS` more, `after` what is left but `EXIT_MARGIN_MS`.
 */
export function stopOnSignal(options: GlueStopOptions): GlueStop {
  const exit = options.exit ?? ((code: number): void => void process.exit(code));
  const logger = options.logger ?? new Logger('Shutdown');
  let stopping: Promise<void> | undefined;
  let exitCode = 0;
  const run = async (): Promise<void> => {
    const began = Date.now();
    const graceMs = typeof options.graceMs === 'number' ? options.graceMs : options.graceMs();
    const results = await Promise.allSettled(
      options.applications.map((app) => stopGlueApplication(app, graceMs, began + graceMs + CLOSE_MS)),
    );
    const failures: unknown[] = results.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as unknown] : [],
    );
    await options
      .after?.(began + graceMs + STOP_BEYOND_GRACE_MS - EXIT_MARGIN_MS)
      .catch((error: unknown) => failures.push(error));
    for (const failure of failures) logger.error(failure);
    if (failures.length > 0 && exitCode === 0) exitCode = 1;
  };
  const stop = (code: number, reason?: string): Promise<void> => {
    if (stopping === undefined) {
      exitCode = code;
      if (reason !== undefined) logger.log(`${reason}: stopping ${options.what} …`);
      stopping = run().then(
        () => exit(exitCode),
        (error: unknown) => {
          logger.error(error);
          exit(1);
        },
      );
    }
    return stopping;
  };
  for (const signal of SHUTDOWN_SIGNALS) process.on(signal, () => void stop(0, `${signal} received`));
  return { stop };
}
