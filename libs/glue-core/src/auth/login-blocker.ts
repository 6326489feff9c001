import { createHash } from 'node:crypto';
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

/** Login attempts are refused until `retryAfterSeconds` have passed. */
export class LoginBlockedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed login attempts. Try again in ${retryAfterSeconds} seconds.`);
    this.name = 'LoginBlockedError';
  }
}

/**
 * Slows down password guessing: after too many failures for one account, or from one IP address,
 * within the window, further attempts are refused (even with the right password) until the window
 * that the first failure opened has passed. A success clears the account's counter.
 */
export class LoginBlocker {
  constructor(
    private readonly store: AttemptCounterStore,
    private readonly scope: string,
    private readonly options: LoginBlockerOptions = DEFAULT_LOGIN_BLOCKER_OPTIONS,
  ) {}

  /** Throws `LoginBlockedError` when the account or the IP address is blocked now. */
  async assertAllowed(account: string, ip: string): Promise<void> {
    const [forAccount, forIp] = await Promise.all([
      this.store.read(this.accountKey(account)),
      this.store.read(this.ipKey(ip)),
    ]);
    const waits = [
      forAccount.count >= this.options.maxFailuresPerAccount ? forAccount.resetInSeconds : 0,
      forIp.count >= this.options.maxFailuresPerIp ? forIp.resetInSeconds : 0,
    ];
    const retryAfter = Math.max(...waits);
    if (retryAfter > 0) throw new LoginBlockedError(retryAfter);
  }

  async recordFailure(account: string, ip: string): Promise<void> {
    await Promise.all([
      this.store.increment(this.accountKey(account), this.options.windowSeconds),
      this.store.increment(this.ipKey(ip), this.options.windowSeconds),
    ]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.store.clear(this.accountKey(account));
  }

  // Account names are hashed: the store (Redis) then holds no e-mail addresses.
  private accountKey(account: string): string {
    const digest = createHash('sha256').update(account.trim().toLowerCase()).digest('base64url');
    return `glue:login-blocker:${this.scope}:account:${digest}`;
  }

  private ipKey(ip: string): string {
    return `glue:login-blocker:${this.scope}:ip:${ip}`;
  }
}
