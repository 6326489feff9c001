import { Module, type DynamicModule } from '@nestjs/common';
import { HealthCheckController } from './health-check.controller.js';

/**
 * Storefront `health-check` resource (Glue's). It reports the application's own health: pass the
 * same `GlueHealthModule.forRoot(…)` the application hands to `GlueApplicationModule.forRoot({ health })`.
 */
@Module({})
export class HealthCheckApiModule {
  static forRoot(health: DynamicModule): DynamicModule {
    return { module: HealthCheckApiModule, imports: [health], controllers: [HealthCheckController] };
  }
}
