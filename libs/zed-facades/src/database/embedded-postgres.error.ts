/** Why an embedded PostgreSQL could not start, for a start script to explain in one line. */
export type EmbeddedPostgresFailure = 'data-dir-in-use' | 'foreign-server' | 'port-in-use';

/**
 * A start of the embedded PostgreSQL refused for a reason the operator can fix: the message is one
 * sentence naming the data directory, pid or port; the caller adds which setting to change.
 */
export class EmbeddedPostgresError extends Error {
  constructor(
    readonly reason: EmbeddedPostgresFailure,
    message: string,
    readonly details: { readonly dataDir: string; readonly pid?: number; readonly port?: number },
  ) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}
