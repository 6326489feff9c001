import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isBigintId } from '#zed-facades/persistence-support';
import { AuditLogEntity } from './persistence/audit-log.entity.js';
import { AuditLogReader } from './persistence/audit-log.reader.js';
import type {
  AuditLogPage,
  AuditLogPageCriteria,
  AuditLogTransfer,
  LoginAttemptInput,
} from './transfer/audit-log.transfer.js';

const LOGIN_EVENT = 'login';

/** Security events, append-only. Text fields are truncated to their column widths, never rejected. */
@Injectable()
export class AuditLogFacade {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: AuditLogReader,
  ) {}

  async recordLoginAttempt(input: LoginAttemptInput): Promise<void> {
    await this.dataSource.manager.insert(AuditLogEntity, {
      event: LOGIN_EVENT,
      application: truncate(input.application, 50),
      username: truncate(input.username, 254),
      userId: input.userId === null ? null : truncate(input.userId, 64),
      success: input.success,
      reason: input.reason === null ? null : truncate(input.reason, 50),
      ip: truncate(input.ip, 45),
      userAgent: input.userAgent === null ? null : truncate(input.userAgent, 512),
    });
  }

  /** Ordered by createdAt, then id, both in `direction`; two statements (page and total). */
  async getAuditLogPage(criteria: AuditLogPageCriteria): Promise<AuditLogPage> {
    const [rows, total] = await this.reader.getPage(criteria);
    return { items: rows.map(toAuditLogTransfer), total };
  }

  /** Null for an unknown id and for one that is not a positive integer. */
  async findAuditLogById(id: string): Promise<AuditLogTransfer | null> {
    if (!isBigintId(id)) {
      return null;
    }
    const row = await this.dataSource.manager.findOneBy(AuditLogEntity, { id });
    return row ? toAuditLogTransfer(row) : null;
  }
}

/** At most `max` characters (code points), so a multi-byte character is never cut in half. */
function truncate(value: string, max: number): string {
  const characters = [...value];
  return characters.length <= max ? value : characters.slice(0, max).join('');
}

function toAuditLogTransfer(entity: AuditLogEntity): AuditLogTransfer {
  return {
    id: String(entity.id),
    event: entity.event,
    application: entity.application,
    username: entity.username,
    userId: entity.userId,
    success: entity.success,
    reason: entity.reason,
    ip: entity.ip,
    userAgent: entity.userAgent,
    createdAt: entity.createdAt,
  };
}
