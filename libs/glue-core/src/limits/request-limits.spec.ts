import 'reflect-metadata';
import { configGroups, ConfigurationError } from '../config/environment.js';
import {
  DEFAULT_REQUEST_LIMITS,
  limitExceeded,
  requestLimitsConfig,
  resolveRequestLimits,
} from './request-limits.js';

describe('request limits', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_REQUEST_LIMITS).toEqual({
      maxIncludeDepth: 3,
      maxIncludePaths: 20,
      maxIncludedResources: 2000,
      maxPageLimit: 200,
      maxQueryLength: 4096,
      maxParameterLength: 2048,
      maxBodyBytes: 1048576,
      maxBodyDepth: 32,
      maxConcurrentIncludes: 4,
      maxQueuedIncludes: 64,
    });
  });

  it('refuses, in code as in the environment, a limit below 1 or body nesting above 1000', () => {
    expect(() => resolveRequestLimits({ maxIncludeDepth: 0 })).toThrow(
      /maxIncludeDepth must be a whole number from 1/,
    );
    expect(() => resolveRequestLimits({ maxBodyDepth: 5000 })).toThrow(
      /maxBodyDepth must be a whole number from 1 to 1000/,
    );
    expect(() => resolveRequestLimits({ maxPageLimit: 1.5 })).toThrow(RangeError);
  });

  it('puts an application’s own limits over the defaults', () => {
    expect(resolveRequestLimits({ maxIncludeDepth: 5 })).toEqual({
      ...DEFAULT_REQUEST_LIMITS,
      maxIncludeDepth: 5,
    });
    expect(resolveRequestLimits()).toEqual(DEFAULT_REQUEST_LIMITS);
  });

  it('reads <PREFIX>_MAX_… from the environment, each application with its own prefix', () => {
    const storefront = requestLimitsConfig('STOREFRONT').load({
      STOREFRONT_MAX_INCLUDE_DEPTH: '4',
      STOREFRONT_MAX_INCLUDE_PATHS: '10',
      STOREFRONT_MAX_INCLUDED_RESOURCES: '500',
      STOREFRONT_MAX_PAGE_LIMIT: '50',
      STOREFRONT_MAX_QUERY_LENGTH: '1000',
      STOREFRONT_MAX_PARAMETER_LENGTH: '300',
      STOREFRONT_MAX_BODY_BYTES: '65536',
      STOREFRONT_MAX_BODY_DEPTH: '16',
      STOREFRONT_MAX_CONCURRENT_INCLUDES: '2',
      STOREFRONT_MAX_QUEUED_INCLUDES: '10',
      BACKEND_MAX_INCLUDE_DEPTH: '9',
    });
    expect(storefront).toEqual({
      maxIncludeDepth: 4,
      maxIncludePaths: 10,
      maxIncludedResources: 500,
      maxPageLimit: 50,
      maxQueryLength: 1000,
      maxParameterLength: 300,
      maxBodyBytes: 65536,
      maxBodyDepth: 16,
      maxConcurrentIncludes: 2,
      maxQueuedIncludes: 10,
    });
    expect(requestLimitsConfig('BACKEND').load({ STOREFRONT_MAX_INCLUDE_DEPTH: '4' })).toEqual(
      DEFAULT_REQUEST_LIMITS,
    );
  });

  it('takes an application’s own defaults for what the environment leaves unset', () => {
    expect(requestLimitsConfig('BACKEND', { maxPageLimit: 500 }).load({})).toEqual({
      ...DEFAULT_REQUEST_LIMITS,
      maxPageLimit: 500,
    });
  });

  it('refuses anything but a whole number of at least 1, naming every variable at once', () => {
    let problems: readonly string[] = [];
    try {
      configGroups({ limits: requestLimitsConfig('BACKEND') }).load({
        BACKEND_MAX_INCLUDE_DEPTH: '0',
        BACKEND_MAX_BODY_BYTES: '1mb',
        BACKEND_MAX_QUERY_LENGTH: '-1',
        BACKEND_MAX_BODY_DEPTH: '1001',
      });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      problems = (error as ConfigurationError).problems;
    }
    expect(problems).toEqual([
      'BACKEND_MAX_INCLUDE_DEPTH: "0" is not a whole number of at least 1.',
      'BACKEND_MAX_QUERY_LENGTH: "-1" is not a whole number of at least 1.',
      'BACKEND_MAX_BODY_BYTES: "1mb" is not a whole number of at least 1.',
      'BACKEND_MAX_BODY_DEPTH: "1001" is not a whole number from 1 to 1000.',
    ]);
  });

  it('names the limit and its value in the error', () => {
    expect(
      limitExceeded(
        DEFAULT_REQUEST_LIMITS,
        'maxIncludeDepth',
        'The include path "a.b.c.d" is 4 levels deep',
        {
          parameter: 'include',
        },
      ),
    ).toEqual({
      status: 400,
      code: '4005',
      title: 'Request exceeds a limit',
      detail: 'The include path "a.b.c.d" is 4 levels deep; the include depth limit is 3.',
      source: { parameter: 'include' },
    });
  });
});
