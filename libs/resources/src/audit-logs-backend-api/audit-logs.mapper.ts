import { formatDateTime, type GlueResourceObject } from '#glue-core';
import type { AuditLogTransfer } from '#zed-facades/audit-log';

export const AUDIT_LOGS_TYPE = 'audit-logs';

/** Backend `audit-logs` attributes: one security event (`login`) as it was recorded. */
export interface AuditLogAttributes {
  readonly event: string;
  readonly application: string;
  readonly username: string;
  readonly userId: string | null;
  readonly success: boolean;
  readonly reason: string | null;
  readonly ip: string;
  readonly userAgent: string | null;
  readonly createdAt: string;
}

export function toAuditLogResource(entry: AuditLogTransfer): GlueResourceObject<AuditLogAttributes> {
  return {
    type: AUDIT_LOGS_TYPE,
    id: entry.id,
    selfPath: `/${AUDIT_LOGS_TYPE}/${encodeURIComponent(entry.id)}`,
    attributes: {
      event: entry.event,
      application: entry.application,
      username: entry.username,
      userId: entry.userId,
      success: entry.success,
      reason: entry.reason,
      ip: entry.ip,
      userAgent: entry.userAgent,
      createdAt: formatDateTime(entry.createdAt),
    },
  };
}
