import pg from 'pg';
import {
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  ErrorReply,
  SocketClosedUnexpectedlyError,
} from 'redis';
import { unavailableService } from './service-unavailable.js';

/** A PostgreSQL error response as node-postgres builds it. */
function postgresError(code: string, message = 'postgres says no'): pg.DatabaseError {
  const error = new pg.DatabaseError(message, 0, 'error');
  error.code = code;
  error.severity = 'FATAL';
  return error;
}

/** A socket error as Node reports a refused or cut connection. */
function socketError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), {
    code,
    errno: -111,
    syscall: 'connect',
    address: '127.0.0.1',
    port: 5432,
  });
}

/** How TypeORM wraps a driver error (`QueryFailedError.driverError`). */
function wrappedByOrm(driverError: unknown): Error {
  return Object.assign(new Error('query failed'), { driverError });
}

describe('unavailableService', () => {
  it.each([
    ['admin shutdown', '57P01'],
    ['crash shutdown', '57P02'],
    ['cannot connect now (starting up)', '57P03'],
    ['connection failure', '08006'],
    ['connection does not exist', '08003'],
    ['too many connections', '53300'],
  ])('recognises PostgreSQL %s (SQLSTATE %s), also inside the ORM wrapper', (_case, code) => {
    expect(unavailableService(postgresError(code))).toEqual({
      service: 'PostgreSQL',
      reason: `SQLSTATE ${code}`,
    });
    expect(unavailableService(wrappedByOrm(postgresError(code)))?.service).toBe('PostgreSQL');
  });

  it.each([
    ['unique violation', '23505'],
    ['syntax error', '42601'],
    ['invalid text representation', '22P02'],
    ['query canceled', '57014'],
  ])('leaves PostgreSQL %s (SQLSTATE %s) alone: not an outage', (_case, code) => {
    expect(unavailableService(postgresError(code))).toBeNull();
    expect(unavailableService(wrappedByOrm(postgresError(code)))).toBeNull();
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'])(
    'recognises a socket error %s, naming the address',
    (code) => {
      expect(unavailableService(socketError(code))).toEqual({
        service: 'a backing service',
        reason: `${code} 127.0.0.1:5432`,
      });
    },
  );

  it('finds a refused connection inside an AggregateError (both address families refused)', () => {
    const aggregate = new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')]);
    expect(unavailableService(aggregate)?.reason).toMatch(/^ECONNREFUSED/);
  });

  it.each([
    'timeout exceeded when trying to connect',
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
  ])('recognises node-postgres "%s", which has no code', (message) => {
    expect(unavailableService(new Error(message))).toEqual({ service: 'PostgreSQL', reason: message });
    expect(unavailableService(new Error('outer', { cause: new Error(message) }))?.service).toBe('PostgreSQL');
  });

  it.each([
    ['ClientClosedError', new ClientClosedError()],
    ['ClientOfflineError', new ClientOfflineError()],
    ['ConnectionTimeoutError', new ConnectionTimeoutError()],
    ['SocketClosedUnexpectedlyError', new SocketClosedUnexpectedlyError()],
  ])('recognises node-redis %s', (name, error) => {
    expect(unavailableService(error)).toEqual({ service: 'Redis', reason: name });
  });

  it('recognises a Redis that is still loading its data set, and no other reply error', () => {
    expect(unavailableService(new ErrorReply('LOADING Redis is loading the dataset in memory'))).toEqual({
      service: 'Redis',
      reason: 'LOADING reply',
    });
    expect(unavailableService(new ErrorReply('WRONGTYPE Operation against a key'))).toBeNull();
  });

  it('leaves ordinary errors, non-errors and deep chains alone', () => {
    expect(unavailableService(new Error('Connection refused by policy'))).toBeNull();
    expect(unavailableService(new TypeError('x is undefined'))).toBeNull();
    expect(unavailableService('ECONNREFUSED')).toBeNull();
    expect(unavailableService(null)).toBeNull();
    let deep: unknown = socketError('ECONNREFUSED');
    for (let level = 0; level < 10; level += 1) deep = new Error('wrapper', { cause: deep });
    expect(unavailableService(deep)).toBeNull();
  });
});
