import request from 'supertest';
import { JSON_API, startBackend, type RunningApplication } from '../support/applications.js';
import { backendToken, bearer, createBackendUser, tokenRequest } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const USER_AGENT = 'audit-e2e/1.0 (+https://example.com)';

interface AuditLogResource {
  readonly id: string;
  readonly attributes: {
    readonly event: string;
    readonly username: string;
    readonly userId: string | null;
    readonly success: boolean;
    readonly reason: string | null;
    readonly ip: string;
    readonly userAgent: string | null;
    readonly createdAt: string;
  };
}

describe('backend audit logs (AuditLogsBackendApi)', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  let adminToken: string;

  const get = (path: string, token = adminToken) =>
    request(backend.http).get(path).set('Accept', JSON_API).set('Authorization', bearer(token));
  const passwordGrant = (username: string, password: string) =>
    tokenRequest(backend.http, { grant_type: 'password', username, password }, USER_AGENT);

  beforeAll(async () => {
    database = await createTestDatabase();
    backend = await startBackend(database.url);
    await passwordGrant('admin@example.com', 'wrong-password-1').expect(400);
    await passwordGrant('admin@example.com', 'change123').expect(200);
    adminToken = await backendToken(backend.http);
  });
  afterAll(async () => {
    await backend?.app.close();
    await database?.drop();
  });

  it('shows a failed and a successful login, newest first, with ip and user agent', async () => {
    const response = await get('/audit-logs?filter[username]=admin@example.com').expect(200);
    expect(response.body).toBeValidJsonApiDocument();
    const entries = (response.body.data as AuditLogResource[]).filter(
      (entry) => entry.attributes.userAgent === USER_AGENT,
    );
    expect(entries.map((entry) => entry.attributes.success)).toEqual([true, false]);
    const [success, failure] = entries;
    expect(success?.attributes).toMatchObject({
      event: 'login',
      username: 'admin@example.com',
      userId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      reason: null,
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
    });
    expect(failure?.attributes).toMatchObject({
      success: false,
      reason: expect.any(String),
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    const [newest, older] = response.body.data as AuditLogResource[];
    expect(newest && older && newest.attributes.createdAt >= older.attributes.createdAt).toBe(true);
  });

  it('filters by success and userId, sorts ascending on request, and reads one entry', async () => {
    const failures = await get('/audit-logs?filter[success]=false').expect(200);
    const failed = failures.body.data as AuditLogResource[];
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed.every((entry) => !entry.attributes.success)).toBe(true);

    const all = await get('/audit-logs?sort=createdAt&filter[success]=true').expect(200);
    const successes = all.body.data as AuditLogResource[];
    expect(successes.length).toBeGreaterThanOrEqual(2);
    const created = successes.map((entry) => entry.attributes.createdAt);
    expect(created).toEqual([...created].sort());
    const ids = successes.map((entry) => BigInt(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const [oldest] = successes;
    expect(oldest?.attributes.success).toBe(true);
    const userId = oldest?.attributes.userId;
    expect(userId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    const byUser = await get(`/audit-logs?filter[userId]=${userId ?? ''}`).expect(200);
    const ofUser = byUser.body.data as AuditLogResource[];
    expect(byUser.body.meta.page.total).toBeGreaterThanOrEqual(1);
    expect(ofUser.length).toBeGreaterThanOrEqual(1);
    expect(ofUser.map((entry) => entry.attributes.userId)).toEqual(ofUser.map(() => userId));
    const everybody = await get('/audit-logs?page[limit]=100').expect(200);
    expect(
      (everybody.body.data as AuditLogResource[]).some((entry) => entry.attributes.userId !== userId),
    ).toBe(true);

    // An empty sort asks for no order: the default one, newest first.
    const unsorted = await get('/audit-logs?sort=&filter[success]=true').expect(200);
    expect((unsorted.body.data as AuditLogResource[]).map((entry) => entry.id)).toEqual(
      successes.map((entry) => entry.id).reverse(),
    );

    const one = await get(`/audit-logs/${oldest?.id ?? ''}`).expect(200);
    expect(one.body).toBeValidJsonApiDocument();
    expect(one.body.data).toMatchObject({ type: 'audit-logs', id: oldest?.id });
  });

  it('refuses a success filter that is not a boolean, and unknown filters or sorts', async () => {
    const refused = await get('/audit-logs?filter[success]=maybe').expect(400);
    expect(refused.body.errors[0]).toMatchObject({ code: '011', source: { parameter: 'filter[success]' } });
    const unknown = await get('/audit-logs?filter[ip]=127.0.0.1').expect(400);
    expect(unknown.body.errors[0].code).toBe('011');
    await get('/audit-logs?sort=username').expect(400);
  });

  it('filters by a time window given in any offset, and answers dates in UTC', async () => {
    const all = await get('/audit-logs?page[limit]=100').expect(200);
    const entries = all.body.data as AuditLogResource[];
    const newest = entries[0]!;
    const instant = new Date(newest.attributes.createdAt.replace('+00:00', 'Z'));
    // The newest entry's second, written in +05:30: the same instant as the UTC string.
    const shifted = new Date(instant.getTime() + 5.5 * 3600_000).toISOString().slice(0, 19);
    const from = encodeURIComponent(`${shifted}+05:30`);
    const since = await get(`/audit-logs?filter[createdFrom]=${from}&page[limit]=100`).expect(200);
    const sinceIds = (since.body.data as AuditLogResource[]).map((entry) => entry.id);
    expect(sinceIds).toContain(newest.id);
    for (const entry of since.body.data as AuditLogResource[]) {
      expect(entry.attributes.createdAt >= newest.attributes.createdAt).toBe(true);
      expect(entry.attributes.createdAt).toMatch(/\+00:00$/);
    }
    const before = await get(`/audit-logs?filter[createdUntil]=${from}&page[limit]=100`).expect(200);
    const beforeIds = (before.body.data as AuditLogResource[]).map((entry) => entry.id);
    expect(beforeIds).not.toContain(newest.id);
    expect(beforeIds.length + sinceIds.length).toBe(all.body.meta.page.total);

    for (const value of ['2026-11-21T10:00:00', 'yesterday', '2026-02-30T00:00:00Z']) {
      const refused = await get(`/audit-logs?filter[createdFrom]=${value}`).expect(400);
      expect(refused.body.errors[0]).toMatchObject({
        code: '011',
        source: { parameter: 'filter[createdFrom]' },
      });
    }
  });

  it('answers an unknown or malformed id with 404 code 007', async () => {
    const unknown = await get('/audit-logs/999999999').expect(404);
    expect(unknown.body.errors[0].code).toBe('007');
    const malformed = await get('/audit-logs/abc').expect(404);
    expect(malformed.body.errors[0].code).toBe('007');
    const beyondBigint = await get('/audit-logs/99999999999999999999').expect(404);
    expect(beyondBigint.body.errors[0].code).toBe('007');
  });

  it('is for admins only: a catalog manager gets 403, no token 401', async () => {
    const token = await createBackendUser(backend.http, adminToken, {
      email: 'auditor.not@example.com',
      password: 'Kettle-2024-blue',
      firstName: 'Nora',
      lastName: 'Notallowed',
      roles: ['catalog-manager'],
    });
    await get('/audit-logs', token).expect(403);
    await request(backend.http).get('/audit-logs').set('Accept', JSON_API).expect(401);
  });
});
