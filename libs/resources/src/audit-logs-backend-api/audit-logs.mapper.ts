import { Type } from '@sinclair/typebox';
import { DateTime, formatDateTime, Nullable, type Attributes, type GlueResourceObject } from '#glue-core';
import type { AuditLogTransfer } from '#zed-facades/audit-log';

export const AUDIT_LOGS_TYPE = 'audit-logs';

/** Backend `audit-logs` attributes: one security event (`login`) as it was recorded. */
export const AuditLogAttributesSchema = Type.Object({
  event: Type.String(),
  application: Type.String(),
  username: Type.String(),
  userId: Nullable(Type.String()),
  success: Type.Boolean(),
  reason: Nullable(Type.String()),
  ip: Type.String(),
  userAgent: Nullable(Type.String()),
  createdAt: DateTime(),
});

export type AuditLogAttributes = Attributes<typeof AuditLogAttributesSchema>;

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
