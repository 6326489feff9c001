import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { env, type ConfigVariable } from '../config/config.loader.js';

/**
 * `SHUTDOWN_GRACE_SECONDS` (default 5): how long a stopping application lets requests in flight
 * finish before it closes their connections. Kept well under ten seconds by default, so that a
 * process manager's stop (and `npm start`'s promise to be gone within ten seconds) holds.
 */
export function shutdownGraceSeconds(): ConfigVariable<number> {
  return env.integer('SHUTDOWN_GRACE_SECONDS', 5, 0, 300);
}

/** How often connections that became idle during the drain are closed. */
const IDLE_SWEEP_MS = 100;

/**
 * Stops an application like a service: it stops accepting connections at once, lets the requests
 * in flight finish (closing each keep-alive connection as soon as it is idle) for at most
 * `graceMs`, closes whatever is still open after that, and only then closes the application
 * (Nest's shutdown hooks: Redis clients, the database pool). Requests in flight therefore still
 * have every service they need while they finish.
 */
export async function stopGlueApplication(app: INestApplication, graceMs: number): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (server.listening) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    try {
      await closed;
    } finally {
      clearInterval(sweep);
      clearTimeout(deadline);
    }
  }
  await app.close();
}

/**
 * Calls `stop` once on the first SIGINT, SIGTERM or SIGHUP (a terminal's Ctrl-C, a process
 * manager's stop, a closed terminal). Later signals are ignored: npm forwards the signal a
 * terminal already sent to the whole process group, so one Ctrl-C may arrive twice.
 */
export function onShutdownSignal(stop: (signal: NodeJS.Signals) => void): void {
  let received = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (received) return;
    received = true;
    stop(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, handler);
}
