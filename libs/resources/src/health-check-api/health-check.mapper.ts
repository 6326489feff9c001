import { Type } from '@sinclair/typebox';
import { Nullable, type Attributes, type GlueHealthReport, type GlueResourceObject } from '#glue-core';

export const HEALTH_CHECK_TYPE = 'health-check';
/** Its route: polled by probes, so an application leaves it out of its access log. */
export const HEALTH_CHECK_ROUTE = `/${HEALTH_CHECK_TYPE}`;

/** One checked service, as Glue reports it: its name, whether it is available, and why not. */
const HealthCheckServiceResponseSchema = Type.Object({
  name: Type.String(),
  status: Type.Boolean(),
  message: Nullable(Type.String()),
});

/**
 * Glue's `health-check` attributes: `status` (`healthy` or `unhealthy`), the HTTP status it is
 * sent with, a message, and one entry per checked service.
 */
export const HealthCheckAttributesSchema = Type.Object({
  status: Type.String(),
  statusCode: Type.Integer(),
  message: Nullable(Type.String()),
  healthCheckServiceResponses: Type.Array(HealthCheckServiceResponseSchema),
});

export type HealthCheckAttributes = Attributes<typeof HealthCheckAttributesSchema>;

interface IndicatorResult {
  readonly status?: unknown;
  readonly message?: unknown;
}

/**
 * The application's readiness as Glue's `health-check` resource. Glue sends it with a null id;
 * JSON:API needs one, and the report is the application's, so its name is the id.
 */
export function toHealthCheckResource(
  application: string,
  checked: readonly string[],
  report: GlueHealthReport,
): GlueResourceObject<HealthCheckAttributes> {
  const details = report.result.details as Readonly<Record<string, IndicatorResult | undefined>>;
  return {
    type: HEALTH_CHECK_TYPE,
    id: application,
    selfPath: HEALTH_CHECK_ROUTE,
    attributes: {
      status: report.status === 200 ? 'healthy' : 'unhealthy',
      statusCode: report.status,
      message: null,
      healthCheckServiceResponses: checked.map((name) => {
        const detail = details[name];
        const up = detail?.status === 'up';
        return {
          name,
          status: up,
          message: up ? null : typeof detail?.message === 'string' ? detail.message : 'not ready',
        };
      }),
    },
  };
}
