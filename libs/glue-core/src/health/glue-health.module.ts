import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { GlueHealth } from './glue-health.js';
import { GLUE_READINESS_CHECKS } from './glue-readiness.js';

export interface GlueHealthOptions {
  /** Modules that provide and export the readiness checks. */
  readonly imports?: ModuleMetadata['imports'];
  /**
   * The services the application cannot serve without, in order: each the injection token of a
   * `GlueReadinessCheck` (a provider whose value is `null` is one the configuration leaves out).
   */
  readonly readinessChecks?: readonly InjectionToken[];
}

/**
 * An application's health (`GlueHealth` over its readiness checks). Build it once per application
 * and hand the same module to `GlueApplicationModule.forRoot({ health })` (the `/health/*`
 * endpoints) and to any resource that reports health (Glue's `health-check`): one instance serves
 * both.
 */
@Module({})
export class GlueHealthModule {
  static forRoot(options: GlueHealthOptions = {}): DynamicModule {
    const checks = options.readinessChecks ?? [];
    return {
      module: GlueHealthModule,
      // terminus computes health; failures are the health documents' to report, not its logger's.
      imports: [TerminusModule.forRoot({ logger: false }), ...(options.imports ?? [])],
      providers: [
        {
          provide: GLUE_READINESS_CHECKS,
          useFactory: (...all: unknown[]) => all.filter((check) => check !== null),
          inject: [...checks],
        },
        GlueHealth,
      ],
      exports: [GlueHealth],
    };
  }
}
