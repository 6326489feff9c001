import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsPattern } from '#zed-facades/persistence-support';
import type { AuditLogPageCriteria } from '../transfer/audit-log.transfer.js';
import { AuditLogEntity } from './audit-log.entity.js';

/** Audit log reads. */
@Injectable()
export class AuditLogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ordered by createdAt, then id, both in `direction`; two statements (page and total). */
  async getPage(criteria: AuditLogPageCriteria): Promise<[rows: AuditLogEntity[], total: number]> {
    const query = this.dataSource.manager.createQueryBuilder(AuditLogEntity, 'l');
    const { userId, success, username, createdFrom, createdUntil } = criteria.filter;
    if (userId !== undefined) {
      query.andWhere('l.userId = :userId', { userId });
    }
    if (success !== undefined) {
      query.andWhere('l.success = :success', { success });
    }
    if (username !== undefined && username !== '') {
      query.andWhere('l.username ILIKE :username', { username: containsPattern(username) });
    }
    if (createdFrom !== undefined) {
      query.andWhere('l.createdAt >= :createdFrom', { createdFrom });
    }
    if (createdUntil !== undefined) {
      query.andWhere('l.createdAt < :createdUntil', { createdUntil });
    }
    const direction = criteria.direction === 'asc' ? 'ASC' : 'DESC';
    return query
      .orderBy('l.createdAt', direction)
      .addOrderBy('l.id', direction)
      .offset(criteria.offset)
      .limit(criteria.limit)
      .getManyAndCount();
  }
}
