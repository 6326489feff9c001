/** Backend resource `audit-logs`: security events (login attempts), read-only. */
export { AuditLogsBackendApiModule } from './audit-logs-backend-api.module.js';
