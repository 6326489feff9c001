import { createHash } from 'node:crypto';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { countedClientAddress } from '../http/client-address.js';
import type { AttemptCounterStore } from './attempt-counter.store.js';

export interface LoginBlockerOptions {
  /** Failed attempts for one account within the window before it is blocked (default 5). */
  readonly maxFailuresPerAccount: number;
  /** Failed attempts from one IP address within the window before it is blocked (default 30). */
  readonly maxFailuresPerIp: number;
  /** The window in seconds (default 15 minutes). */
  readonly windowSeconds: number;
}

export const DEFAULT_LOGIN_BLOCKER_OPTIONS: LoginBlockerOptions = {
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 30,
  windowSeconds: 15 * 60,
};

/** Password attempts (logins, current-password checks) are refused until `retryAfterSeconds` have passed. */
export class LoginBlockedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed password attempts. Try again in ${retryAfterSeconds} seconds.`);
    this.name = 'LoginBlockedError';
  }
}

/** A blocked attempt as its HTTP error: 429, code `4401`, `Retry-After`. */
export function loginBlockedException(error: LoginBlockedError): GlueHttpException {
  return GlueHttpException.of(
    { status: 429, code: GlueErrorCode.LoginBlocked, title: 'Too many requests', detail: error.message },
    { 'Retry-After': String(error.retryAfterSeconds) },
  );
}

/**
 * The login blocker's steps for password checks of one client address, by account: what a check of a
 * password other than a login's (the current password a change of password or e-mail needs) calls, so
 * that it counts as a login does. See `LoginBlocker.attemptsFrom`.
 */
export interface PasswordAttempts {
  /** Before the check; throws `LoginBlockedError` (nothing counted) when blocked. */
  reserve(account: string): Promise<void>;
  /** The reserved check found the right password. */
  recordSuccess(account: string): Promise<void>;
  /** The reserved check did not happen (an error): it counts for nothing. A wrong password keeps its place. */
  release(account: string): Promise<void>;
}

/**
 * Slows down password guessing: at most `maxFailuresPerAccount` password checks for one account,
 * and `maxFailuresPerIp` from one IP address, within a window that the first attempt opens; further
 * attempts are refused (even with the right password) until that window has passed.
 *
 * Counting is atomic: an attempt first reserves its place in both counters in one step
 * (`reserve`), and only an attempt that got its place has its password checked, so concurrent
 * attempts cannot all pass a check that none of them has counted yet. A refused attempt counts
 * nothing. A wrong password keeps its place. A right password forgives the account's failures
 * (the owner has shown the password) and gives back only its own place in the IP address's
 * counter: a success never lowers that counter below the failures it holds, so an attacker who logs
 * in to an account of their own cannot reset it.
 */
export class LoginBlocker {
  constructor(
    private readonly store: AttemptCounterStore,
    private readonly scope: string,
    private readonly options: LoginBlockerOptions = DEFAULT_LOGIN_BLOCKER_OPTIONS,
  ) {}

  /** Counts a password attempt before its check; throws `LoginBlockedError` (nothing counted) when blocked. */
  async reserve(account: string, ip: string): Promise<void> {
    const reservation = await this.store.reserve(
      [
        { key: this.accountKey(account), limit: this.options.maxFailuresPerAccount },
        { key: this.ipKey(ip), limit: this.options.maxFailuresPerIp },
      ],
      this.options.windowSeconds,
    );
    if (!reservation.granted) throw new LoginBlockedError(reservation.retryAfterSeconds);
  }

  /** The reserved attempt had the right password. */
  async recordSuccess(account: string, ip: string): Promise<void> {
    await Promise.all([this.store.clear(this.accountKey(account)), this.store.release(this.ipKey(ip))]);
  }

  /** The reserved attempt ended without checking the password (an error): it counts for nothing. */
  async release(account: string, ip: string): Promise<void> {
    await Promise.all([this.store.release(this.accountKey(account)), this.store.release(this.ipKey(ip))]);
  }

  /**
   * The same counting for password checks from `ip` that are not logins (a current password): they use
   * up the account's and the address's attempts as logins do, and a login's block refuses them too.
   */
  attemptsFrom(ip: string): PasswordAttempts {
    return {
      reserve: (account) => this.reserve(account, ip),
      recordSuccess: (account) => this.recordSuccess(account, ip),
      release: (account) => this.release(account, ip),
    };
  }

  // Account names are hashed: the store (Redis) then holds no e-mail addresses.
  private accountKey(account: string): string {
    const digest = createHash('sha256').update(account.trim().toLowerCase()).digest('base64url');
    return `${this.prefix()}:account:${digest}`;
  }

  // Counted as the rate limits count it: an IPv6 client rotating through its /64 is one client.
  private ipKey(ip: string): string {
    return `${this.prefix()}:ip:${countedClientAddress(ip)}`;
  }

  // The scope in braces is a Redis Cluster hash tag: both counters of one attempt share a slot, as
  // the one script that reserves them requires.
  private prefix(): string {
    return `glue:login-blocker:{${this.scope}}`;
  }
}
