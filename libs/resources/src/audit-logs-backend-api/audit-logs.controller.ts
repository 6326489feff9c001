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
import { BackofficeScope } from '#resources/backoffice-access';
import {
  booleanFilter,
  collectionCriteria,
  collectionQuery,
  type CollectionDefinition,
} from '#resources/collection-support';
import { AuditLogFacade, type AuditLogPageCriteria } from '#zed-facades/audit-log';
import { AUDIT_LOGS_TYPE, toAuditLogResource, type AuditLogAttributes } from './audit-logs.mapper.js';

const AUDIT_LOG_COLLECTION: CollectionDefinition<'createdAt', 'userId' | 'success' | 'username'> = {
  sort: ['createdAt'],
  defaultSort: ['-createdAt'],
  filters: ['userId', 'success', 'username'],
  page: { defaultLimit: 20, maxLimit: 100 },
};

/** Ids are PostgreSQL bigints; anything else cannot name an entry. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;

/**
 * The audit trail: every login attempt of both applications, newest first. Read-only: entries are
 * written by the token endpoints, never through this resource. The facade refuses nothing, so this
 * resource has no error mapper and no codes of its own (`007`, `011` are glue-core's).
 */
@GlueResource({ type: AUDIT_LOGS_TYPE, conventions: ['json-api', 'none'] })
export class AuditLogsController {
  constructor(private readonly auditLogFacade: AuditLogFacade) {}

  @Get()
  @Scopes(BackofficeScope.AuditLogsRead)
  @CollectionQuery(collectionQuery(AUDIT_LOG_COLLECTION))
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<AuditLogAttributes>> {
    const page = await this.auditLogFacade.getAuditLogPage(auditLogPageCriteria(request));
    return collection(page.items.map(toAuditLogResource), page.total);
  }

  @Get(':id')
  @Scopes(BackofficeScope.AuditLogsRead)
  async get(@Param('id') id: string): Promise<GlueResourceObject<AuditLogAttributes>> {
    const entry = isBigintId(id) ? await this.auditLogFacade.findAuditLogById(id) : null;
    if (!entry) throw GlueHttpException.notFound(`Audit log entry "${id}" does not exist.`);
    return toAuditLogResource(entry);
  }
}

function auditLogPageCriteria(request: GlueRequest): AuditLogPageCriteria {
  const { offset, limit, sort, filters } = collectionCriteria(request, AUDIT_LOG_COLLECTION);
  return {
    offset,
    limit,
    direction: sort[0]?.direction ?? 'desc',
    filter: {
      ...(filters.userId !== undefined && { userId: filters.userId }),
      ...(filters.success !== undefined && { success: booleanFilter('success', filters.success) }),
      ...(filters.username !== undefined && { username: filters.username }),
    },
  };
}

function isBigintId(id: string): boolean {
  return /^[1-9]\d{0,18}$/.test(id) && BigInt(id) <= MAX_BIGINT;
}
