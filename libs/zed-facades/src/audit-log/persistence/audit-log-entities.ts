import { AuditLogEntity } from './audit-log.entity.js';

export const AUDIT_LOG_ENTITIES = [AuditLogEntity] as const;
