/**
 * A service an application cannot serve without (its database, Redis when configured). The
 * application lists them in `GlueApplicationOptions.readinessChecks`; `/health/ready` and
 * `GlueHealth.ready()` run them. Implementations live where the service is wired (the database
 * check in `#zed-facades/database`), so glue-core knows no driver.
 */
export interface GlueReadinessCheck {
  /** Its key in the health documents (`database`, `redis`). */
  readonly name: string;
  /** Resolves when the service answers; rejects when it does not. */
  check(): Promise<void>;
}

/** The application's readiness checks, in the order it lists them. */
export const GLUE_READINESS_CHECKS = Symbol('GLUE_READINESS_CHECKS');
