import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';

/**
 * Makes a test application listen on a free port of 127.0.0.1 and returns its base URL. Concurrent
 * requests need it: supertest given a server that is not listening starts and stops it per request.
 */
export async function listeningUrl(app: INestApplication): Promise<string> {
  const server = app.getHttpServer() as { address(): AddressInfo | string | null };
  if (server.address() === null) await app.listen(0, '127.0.0.1');
  const address = server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** Starts `count` requests at once and waits for every answer; each answer's status, in order sent. */
export async function concurrently(
  count: number,
  send: (index: number) => PromiseLike<{ readonly status: number }>,
): Promise<number[]> {
  const answers = await Promise.all(Array.from({ length: count }, (_, index) => send(index)));
  return answers.map((answer) => answer.status);
}

/** How many times each status occurs. */
export function countStatuses(statuses: readonly number[]): Readonly<Record<number, number>> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
