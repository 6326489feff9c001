import { Get, Param } from '@nestjs/common';
import {
  collection,
  CollectionQuery,
  Glue,
  GlueHttpException,
  GlueResource,
  Scopes,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import {
  booleanFilter,
  collectionCriteria,
  dateTimeFilter,
  type CollectionDefinition,
} from '#resources/shared/collection';
import { AuditLogFacade, type AuditLogPageCriteria } from '#zed-facades/audit-log';
import {
  AUDIT_LOGS_TYPE,
  AuditLogAttributesSchema,
  toAuditLogResource,
  type AuditLogAttributes,
} from './audit-logs.mapper.js';

type AuditLogFilter = 'userId' | 'success' | 'username' | 'createdFrom' | 'createdUntil';

const AUDIT_LOG_COLLECTION: CollectionDefinition<'createdAt', AuditLogFilter> = {
  sort: ['createdAt'],
  defaultSort: ['-createdAt'],
  filters: ['userId', 'success', 'username', 'createdFrom', 'createdUntil'],
  page: { defaultLimit: 20, maxLimit: 100 },
};

/**
 * The audit trail: every password login attempt at the backend's `POST /token` (blocked ones too),
 * newest first; the storefront records none. Read-only: entries are written by that token endpoint,
 * never through this resource. The facade refuses nothing (an id that cannot be one is simply not
 * found), so this resource has no domain error mapping and no codes of its own (`007`, `011` are
 * glue-core's).
 */
@GlueResource({
  type: AUDIT_LOGS_TYPE,
  noun: { one: 'an audit log entry', many: 'the audit log entries', by: 'id' },
  attributes: AuditLogAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class AuditLogsController {
  constructor(private readonly auditLogFacade: AuditLogFacade) {}

  @Get()
  @Scopes(BackOfficeScope.AuditLogsRead)
  @CollectionQuery(AUDIT_LOG_COLLECTION)
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<AuditLogAttributes>> {
    const page = await this.auditLogFacade.getAuditLogPage(auditLogPageCriteria(request));
    return collection(page.items.map(toAuditLogResource), page.total);
  }

  @Get(':id')
  @Scopes(BackOfficeScope.AuditLogsRead)
  async get(@Param('id') id: string): Promise<GlueResourceObject<AuditLogAttributes>> {
    const entry = await this.auditLogFacade.findAuditLogById(id);
    if (!entry) throw GlueHttpException.notFound(`Audit log entry "${id}" does not exist.`);
    return toAuditLogResource(entry);
  }
}

function auditLogPageCriteria(request: GlueRequest): AuditLogPageCriteria {
  const { offset, limit, sort, filters } = collectionCriteria(request, AUDIT_LOG_COLLECTION);
  return {
    offset,
    limit,
    // No sort only when the client sent an empty `sort=`: the default order, newest first.
    direction: sort[0]?.direction ?? 'desc',
    filter: {
      ...(filters.userId !== undefined && { userId: filters.userId }),
      ...(filters.success !== undefined && { success: booleanFilter('success', filters.success) }),
      ...(filters.username !== undefined && { username: filters.username }),
      ...(filters.createdFrom !== undefined && {
        createdFrom: dateTimeFilter('createdFrom', filters.createdFrom),
      }),
      ...(filters.createdUntil !== undefined && {
        createdUntil: dateTimeFilter('createdUntil', filters.createdUntil),
      }),
    },
  };
}
