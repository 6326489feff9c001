import { Inject, Injectable } from '@nestjs/common';
import {
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { unavailableService } from '../errors/service-unavailable.js';
import { GLUE_READINESS_CHECKS, type GlueReadinessCheck } from './glue-readiness.js';

/** A check that has not answered after this long counts as down. */
export const READINESS_TIMEOUT_MS = 2_000;
/**
 * Results are reused this long: the endpoints are public, and a burst of probes (or of anybody's
 * requests) must not become a burst of database round trips.
 */
export const READINESS_CACHE_MS = 1_000;

/** A health document (terminus's shape) and the status it is sent with. */
export interface GlueHealthReport {
  readonly status: 200 | 503;
  readonly result: HealthCheckResult;
}

/**
 * The application's health, computed by `@nestjs/terminus`: liveness (the process answers) and
 * readiness (each of the application's readiness checks answers within 2 s). Used by
 * `/health/live`, `/health/ready` and resources such as Glue's `health-check`.
 */
@Injectable()
export class GlueHealth {
  constructor(
    private readonly terminus: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(GLUE_READINESS_CHECKS) private readonly checks: readonly GlueReadinessCheck[],
  ) {}

  /** The names of the readiness checks, in order. */
  get checkNames(): readonly string[] {
    return this.checks.map((check) => check.name);
  }

  /** The process answers: no dependency is asked. */
  live(): Promise<GlueHealthReport> {
    return this.run([]);
  }

  /** Every readiness check, or those named in `only`. */
  ready(only?: readonly string[]): Promise<GlueHealthReport> {
    const selected = only ? this.checks.filter((check) => only.includes(check.name)) : this.checks;
    return this.run(selected.map((check) => this.indicator(check)));
  }

  private indicator(check: GlueReadinessCheck): HealthIndicatorFunction {
    return this.indicators
      .check(check.name)
      .attempt(() => check.check())
      .withTimeout(READINESS_TIMEOUT_MS)
      .cacheFor(READINESS_CACHE_MS)
      .withFailureData((error: unknown) => ({ message: publicMessage(error) }));
  }

  private async run(indicators: HealthIndicatorFunction[]): Promise<GlueHealthReport> {
    try {
      return { status: 200, result: await this.terminus.check(indicators) };
    } catch (error) {
      // terminus reports "not healthy" (and "shutting down") as a 503 exception carrying the document.
      const document = (error as { getResponse?: () => unknown }).getResponse?.();
      if (isHealthCheckResult(document)) return { status: 503, result: document };
      throw error;
    }
  }
}

/** What a public health document may say about a failure: no addresses, no driver messages. */
function publicMessage(error: unknown): string {
  if (error instanceof Error && /timeout|timed out/i.test(error.message) && !unavailableService(error)) {
    return `no answer within ${READINESS_TIMEOUT_MS} ms`;
  }
  return unavailableService(error) ? 'unreachable' : 'not ready';
}

function isHealthCheckResult(value: unknown): value is HealthCheckResult {
  return typeof value === 'object' && value !== null && 'status' in value && 'details' in value;
}
