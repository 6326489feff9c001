import { Get, HttpStatus } from '@nestjs/common';
import {
  ApiOperation,
  collection,
  Glue,
  GlueHealth,
  GlueHttpException,
  GlueResource,
  Public,
  ResultStatuses,
  withStatus,
  type GlueRequest,
  type GlueResultWithStatus,
} from '#glue-core';
import {
  HEALTH_CHECK_TYPE,
  HealthCheckAttributesSchema,
  toHealthCheckResource,
} from './health-check.mapper.js';

/**
 * Glue's `GET /health-check`: the application's services and whether each is available, as one
 * resource in a collection (as Glue sends it), with 200 when all are and 503 when one is not.
 * `?services=database,redis` checks only those; an unknown name is 400, its detail opening with Glue's
 * sentence (Glue sends its resource with status 400 instead: docs/error-codes.md). Public, and it reports
 * the same checks as `/health/ready`.
 */
@GlueResource({
  type: HEALTH_CHECK_TYPE,
  noun: { one: "the application's health" },
  attributes: HealthCheckAttributesSchema,
  conventions: ['json-api'],
})
export class HealthCheckController {
  constructor(private readonly health: GlueHealth) {}

  @Get()
  @ApiOperation({ summary: "Check whether the application's services are available" })
  @Public()
  @ResultStatuses(HttpStatus.SERVICE_UNAVAILABLE)
  async get(@Glue() request: GlueRequest): Promise<GlueResultWithStatus> {
    const checked = this.requestedServices(request);
    const report = await this.health.ready(checked);
    const resource = toHealthCheckResource(request.application, checked, report);
    return withStatus(collection([resource], 1), report.status);
  }

  private requestedServices(request: GlueRequest): readonly string[] {
    const known = this.health.checkNames;
    const raw = request.queryFields['services'];
    if (raw === undefined) return known;
    const requested = (Array.isArray(raw) ? raw.join(',') : String(raw))
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const unknown = requested.filter((name) => !known.includes(name));
    if (requested.length === 0 || unknown.length > 0) {
      throw GlueHttpException.invalidParameter(
        'services',
        `Requested services not found. Unknown: ${unknown.join(', ') || '(none named)'}. Known: ${known.join(', ')}.`,
      );
    }
    return known.filter((name) => requested.includes(name));
  }
}
