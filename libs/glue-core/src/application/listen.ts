import type { INestApplication } from '@nestjs/common';

/** The port an application was told to listen on cannot be used; the message says which setting to change. */
export class ListenError extends Error {
  constructor(
    readonly port: number,
    readonly portVariable: string,
    reason: string,
  ) {
    super(`Port ${port} ${reason}: set ${portVariable} to a free port.`);
    this.name = 'ListenError';
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'is in use',
  EACCES: 'needs privileges this process does not have',
};

/**
 * `app.listen(port, host)`, with a port that is taken (or privileged) reported as a `ListenError`
 * naming the variable that sets it (`STOREFRONT_PORT`), after the application was closed again.
 */
export async function listenGlueApplication(
  app: INestApplication,
  listen: { readonly port: number; readonly host: string; readonly portVariable: string },
): Promise<void> {
  try {
    await app.listen(listen.port, listen.host);
  } catch (error) {
    const reason = REASONS[(error as NodeJS.ErrnoException).code ?? ''];
    if (reason === undefined) throw error;
    await app.close().catch(() => undefined);
    throw new ListenError(listen.port, listen.portVariable, reason);
  }
}
