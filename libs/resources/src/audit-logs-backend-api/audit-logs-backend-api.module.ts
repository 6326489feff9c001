import { Module } from '@nestjs/common';
import { AuditLogModule } from '#zed-facades/audit-log';
import { AuditLogsController } from './audit-logs.controller.js';

/** Backend `audit-logs` resource: the security event trail, for admins. */
@Module({ imports: [AuditLogModule], controllers: [AuditLogsController] })
export class AuditLogsBackendApiModule {}
