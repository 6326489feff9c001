/**
 * Audit log domain: security events (login attempts) for the back office.
 * Import `AuditLogModule` into a Nest module and inject `AuditLogFacade`.
 */
export { AuditLogFacade } from './audit-log.facade.js';
export { AuditLogModule } from './audit-log.module.js';
export { AUDIT_LOG_ENTITIES } from './persistence/audit-log-entities.js';
export type {
  AuditLogPage,
  AuditLogPageCriteria,
  AuditLogTransfer,
  LoginAttemptInput,
} from './transfer/audit-log.transfer.js';
