import { Test, type TestingModule } from '@nestjs/testing';
import { DatabaseModule } from '#zed-facades/database';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { AuditLogFacade } from './audit-log.facade.js';
import { AuditLogModule } from './audit-log.module.js';
import type { LoginAttemptInput } from './transfer/audit-log.transfer.js';

const attempt = (overrides: Partial<LoginAttemptInput>): LoginAttemptInput => ({
  application: 'backend',
  username: 'admin@example.com',
  userId: 'user-1',
  success: true,
  reason: null,
  ip: '203.0.113.7',
  userAgent: 'jest',
  ...overrides,
});

describe('AuditLogFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: AuditLogFacade;

  beforeAll(async () => {
    database = await createSpecDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), AuditLogModule],
    }).compile();
    facade = moduleRef.get(AuditLogFacade);

    // Sequential: created_at then orders them as recorded.
    await facade.recordLoginAttempt(attempt({}));
    await facade.recordLoginAttempt(
      attempt({ username: 'Admin@Example.com', success: false, reason: 'invalid_credentials' }),
    );
    await facade.recordLoginAttempt(
      attempt({
        username: 'nobody@example.com',
        userId: null,
        success: false,
        reason: 'invalid_credentials',
      }),
    );
    await facade.recordLoginAttempt(
      attempt({ username: 'support@example.com', userId: 'user-2', userAgent: null, ip: '::1' }),
    );
    await facade.recordLoginAttempt(
      attempt({
        username: `${'x'.repeat(300)}@example.com`,
        userId: null,
        userAgent: 'ü'.repeat(600),
        success: false,
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('pages newest first, then oldest first', async () => {
    const newest = await facade.getAuditLogPage({ offset: 0, limit: 2, filter: {}, direction: 'desc' });
    expect(newest.total).toBe(5);
    expect(newest.items.map((item) => item.username.slice(0, 7))).toEqual(['xxxxxxx', 'support']);
    const next = await facade.getAuditLogPage({ offset: 2, limit: 2, filter: {}, direction: 'desc' });
    expect(next.items.map((item) => item.username)).toEqual(['nobody@example.com', 'Admin@Example.com']);

    const oldest = await facade.getAuditLogPage({ offset: 0, limit: 10, filter: {}, direction: 'asc' });
    expect(oldest.items.map((item) => Number(item.id))).toEqual([1, 2, 3, 4, 5]);
    expect(oldest.items[0]).toEqual({
      id: '1',
      event: 'login',
      application: 'backend',
      username: 'admin@example.com',
      userId: 'user-1',
      success: true,
      reason: null,
      ip: '203.0.113.7',
      userAgent: 'jest',
      createdAt: expect.any(Date),
    });
    const beyond = await facade.getAuditLogPage({ offset: 10, limit: 10, filter: {}, direction: 'asc' });
    expect(beyond).toEqual({ items: [], total: 5 });
  });

  it('filters by user id, success and (case-insensitively) username', async () => {
    const byUser = await facade.getAuditLogPage({
      offset: 0,
      limit: 10,
      filter: { userId: 'user-1' },
      direction: 'asc',
    });
    expect(byUser.items.map((item) => item.id)).toEqual(['1', '2']);
    const failures = await facade.getAuditLogPage({
      offset: 0,
      limit: 10,
      filter: { success: false, username: 'ADMIN@' },
      direction: 'asc',
    });
    expect(failures.total).toBe(1);
    expect(failures.items[0]).toEqual(expect.objectContaining({ id: '2', reason: 'invalid_credentials' }));
    const literal = await facade.getAuditLogPage({
      offset: 0,
      limit: 10,
      filter: { username: '_' },
      direction: 'asc',
    });
    expect(literal.total).toBe(0);
  });

  it('truncates overlong fields instead of refusing them', async () => {
    const [long] = (await facade.getAuditLogPage({ offset: 0, limit: 1, filter: {}, direction: 'desc' }))
      .items;
    expect(long?.username).toHaveLength(254);
    expect(long?.userAgent).toBe('ü'.repeat(512));
  });

  it('finds one entry by id; a non-numeric or unknown id is null', async () => {
    expect(await facade.findAuditLogById('4')).toEqual(
      expect.objectContaining({ username: 'support@example.com', ip: '::1', userAgent: null }),
    );
    expect(await facade.findAuditLogById('999')).toBeNull();
    expect(await facade.findAuditLogById('abc')).toBeNull();
    expect(await facade.findAuditLogById('1e3')).toBeNull();
    expect(await facade.findAuditLogById('99999999999999999999999')).toBeNull();
  });
});
