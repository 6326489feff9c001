/**
 * Recognises errors that mean "a service the request needs is unreachable" (PostgreSQL, Redis) by
 * their shape, so the error step answers them with 503 and `Retry-After` instead of a 500, without
 * glue-core importing a driver. A request that failed this way may succeed when retried: the
 * drivers reconnect by themselves once the service is back.
 */

/** What failed, for the log only (clients are only told to retry). */
export interface UnavailableService {
  /** `PostgreSQL`, `Redis`, or `a backing service` for a bare socket error. */
  readonly service: string;
  /** The driver's mark: a SQLSTATE, a socket error code and address, an error class. */
  readonly reason: string;
}

/**
 * SQLSTATE (PostgreSQL's error codes, as the `pg` driver puts them on `code`): class 08 is a
 * connection exception; 57P01–57P03 are an administrator, crash or start-up shutdown of the server;
 * 53300 is "too many connections". Anything else (a constraint, a syntax error) is not an outage.
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || /^57P0[1-3]$/.test(code) || code === '53300';
}

/** Socket errors of a connection that could not be opened or was cut (Node's `code`). */
const UNREACHABLE_SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * node-postgres reports a few connection failures with a message and no code: the pool's connect
 * timeout and a connection the server closed under a client. Their messages are the only mark.
 */
const PG_CONNECTION_MESSAGES: readonly string[] = [
  'timeout exceeded when trying to connect',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'Query read timeout',
];

/**
 * node-redis errors of a client that cannot reach its server. Its error classes keep the generic
 * `name` "Error", so the class name is their mark.
 */
const REDIS_CONNECTION_ERRORS: ReadonlySet<string> = new Set([
  'ClientClosedError',
  'ClientOfflineError',
  'ConnectionTimeoutError',
  'SocketTimeoutError',
  'SocketClosedUnexpectedlyError',
  'ReconnectStrategyError',
  'DisconnectsClientError',
  'TimeoutError',
  'SocketTimeoutDuringMaintenanceError',
  'CommandTimeoutDuringMaintenanceError',
]);

/** Redis replies that mean the server cannot serve yet (loading, a replica without master, …). */
const REDIS_UNAVAILABLE_REPLY = /^(LOADING|MASTERDOWN|CLUSTERDOWN|TRYAGAIN)\b/;

/** How deep a chain of `cause` / `driverError` / `errors` is followed. */
const MAX_DEPTH = 4;

/**
 * The service an error says is unreachable, or `null` when it is another kind of failure. Follows
 * the wrappers the ORM and drivers put around the original error (`driverError`, `cause`,
 * `originalError`, an `AggregateError`'s `errors`).
 */
export function unavailableService(error: unknown, depth = 0): UnavailableService | null {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return null;
  const candidate = error as {
    readonly code?: unknown;
    readonly message?: unknown;
    readonly severity?: unknown;
    readonly driverError?: unknown;
    readonly cause?: unknown;
    readonly originalError?: unknown;
    readonly errors?: unknown;
  };
  const code = typeof candidate.code === 'string' ? candidate.code : null;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  // A PostgreSQL error response carries a severity and a five-character SQLSTATE.
  if (code !== null && /^[0-9A-Z]{5}$/.test(code) && typeof candidate.severity === 'string') {
    return isUnavailableSqlState(code) ? { service: 'PostgreSQL', reason: `SQLSTATE ${code}` } : null;
  }
  const className = (error as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof className === 'string' && REDIS_CONNECTION_ERRORS.has(className)) {
    return { service: 'Redis', reason: className };
  }
  if (className === 'ErrorReply' || className === 'SimpleError') {
    const reply = REDIS_UNAVAILABLE_REPLY.exec(message);
    return reply ? { service: 'Redis', reason: `${reply[1] ?? ''} reply` } : null;
  }
  if (code === null && PG_CONNECTION_MESSAGES.includes(message)) {
    return { service: 'PostgreSQL', reason: message };
  }
  if (code !== null && UNREACHABLE_SOCKET_CODES.has(code)) {
    const { address, port } = error as { readonly address?: unknown; readonly port?: unknown };
    const where =
      typeof address === 'string' ? ` ${address}${typeof port === 'number' ? `:${port}` : ''}` : '';
    return { service: 'a backing service', reason: `${code}${where}` };
  }
  for (const inner of [candidate.driverError, candidate.cause, candidate.originalError]) {
    const found = unavailableService(inner, depth + 1);
    if (found) return found;
  }
  if (Array.isArray(candidate.errors)) {
    for (const inner of candidate.errors as unknown[]) {
      const found = unavailableService(inner, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
