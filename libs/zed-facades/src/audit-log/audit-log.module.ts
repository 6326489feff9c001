import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogFacade } from './audit-log.facade.js';
import { AUDIT_LOG_ENTITIES } from './persistence/audit-log-entities.js';
import { AuditLogReader } from './persistence/audit-log.reader.js';

@Module({
  exports: [AuditLogFacade],
  imports: [TypeOrmModule.forFeature([...AUDIT_LOG_ENTITIES])],
  providers: [AuditLogFacade, AuditLogReader],
})
export class AuditLogModule {}
