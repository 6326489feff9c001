import { DEFAULT_LOGIN_BLOCKER_OPTIONS, DEFAULT_RATE_LIMIT_OPTIONS } from '#glue-core';
import { loadStorefrontApiConfig } from './storefront-api.config.js';

const REQUIRED = { DATABASE_URL: 'postgres://glue@127.0.0.1:5432/glue' };

describe('storefront security settings (docs/security.md, "Login blocking and rate limits")', () => {
  it('defaults: login blocker 5 per account / 30 per IP in 15 minutes, rate limits 30 / 10 per minute, no confirmation', () => {
    const config = loadStorefrontApiConfig(REQUIRED);
    expect(config.auth.loginBlocker).toEqual(DEFAULT_LOGIN_BLOCKER_OPTIONS);
    expect(DEFAULT_LOGIN_BLOCKER_OPTIONS).toEqual({
      maxFailuresPerAccount: 5,
      maxFailuresPerIp: 30,
      windowSeconds: 900,
    });
    expect(config.rateLimit).toEqual(DEFAULT_RATE_LIMIT_OPTIONS);
    expect(config.rateLimit).toEqual({ perIp: 30, perAccount: 10, windowSeconds: 60 });
    expect(config.redisUrl).toBeNull();
    expect(config.customers).toEqual({ registrationConfirmation: false });
  });

  it('reads every one of them from the environment', () => {
    const config = loadStorefrontApiConfig({
      ...REQUIRED,
      STOREFRONT_LOGIN_BLOCKER_MAX_FAILURES_PER_ACCOUNT: '3',
      STOREFRONT_LOGIN_BLOCKER_MAX_FAILURES_PER_IP: '100',
      STOREFRONT_LOGIN_BLOCKER_WINDOW_SECONDS: '600',
      STOREFRONT_RATE_LIMIT_PER_IP: '300',
      STOREFRONT_RATE_LIMIT_PER_ACCOUNT: '5',
      STOREFRONT_RATE_LIMIT_WINDOW_SECONDS: '120',
      STOREFRONT_CUSTOMER_REGISTRATION_CONFIRMATION: 'true',
      BACKEND_RATE_LIMIT_PER_IP: '1',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(config.auth.loginBlocker).toEqual({
      maxFailuresPerAccount: 3,
      maxFailuresPerIp: 100,
      windowSeconds: 600,
    });
    expect(config.rateLimit).toEqual({ perIp: 300, perAccount: 5, windowSeconds: 120 });
    // One value for everything that uses Redis (login blocker, rate limits, readiness).
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.customers).toEqual({ registrationConfirmation: true });
  });

  it('stops the start on a value it cannot use, naming the variable', () => {
    expect(() =>
      loadStorefrontApiConfig({
        ...REQUIRED,
        STOREFRONT_LOGIN_BLOCKER_MAX_FAILURES_PER_ACCOUNT: '0',
        STOREFRONT_CUSTOMER_REGISTRATION_CONFIRMATION: 'sometimes',
      }),
    ).toThrow(
      /STOREFRONT_LOGIN_BLOCKER_MAX_FAILURES_PER_ACCOUNT[\s\S]*STOREFRONT_CUSTOMER_REGISTRATION_CONFIRMATION/,
    );
  });
});
