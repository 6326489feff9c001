/** Storefront resource `health-check` (Glue's). */
export { HealthCheckApiModule } from './health-check-api.module.js';
export { HEALTH_CHECK_ROUTE } from './health-check.mapper.js';
