/** Storefront resource `health-check` (Glue's). */
export { HealthCheckApiModule } from './health-check-api.module.js';
