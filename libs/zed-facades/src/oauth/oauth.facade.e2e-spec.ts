import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { rejectionOf } from '../../../../test/support/rejection.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { SessionWriter } from './business/session.writer.js';
import { OAuthErrorCode, OAuthException } from './oauth.exception.js';
import { OAuthFacade } from './oauth.facade.js';
import { OAuthModule } from './oauth.module.js';
import { hashToken } from './persistence/refresh-token.repository.js';
import type { RefreshTokenSubject } from './transfer/refresh-token.transfer.js';
import { SessionRevocationReason } from './transfer/session.transfer.js';

const customer: RefreshTokenSubject = { application: 'storefront', kind: 'customer', id: 'DE--1' };
const HOUR = 3600;

describe('OAuthFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: OAuthFacade;
  let sessionWriter: SessionWriter;
  let dataSource: DataSource;
  /** Every announcement the facade made to its listeners, in order. */
  const announced: (readonly string[])[] = [];

  const session = async (id: string): Promise<Record<string, unknown> | undefined> => {
    const [found] = await dataSource.query<Record<string, unknown>[]>(
      'SELECT * FROM oauth_session WHERE id = $1',
      [id],
    );
    return found;
  };
  const row = async (token: string): Promise<Record<string, unknown> | undefined> => {
    const [found] = await dataSource.query<Record<string, unknown>[]>(
      'SELECT * FROM oauth_refresh_token WHERE token_hash = $1',
      [hashToken(token)],
    );
    return found;
  };

  beforeAll(async () => {
    database = await createSpecDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), OAuthModule],
    }).compile();
    facade = moduleRef.get(OAuthFacade);
    sessionWriter = moduleRef.get(SessionWriter);
    dataSource = moduleRef.get(DataSource);
    facade.onSessionsRevoked((ids) => announced.push(ids));
  }, 60_000);

  beforeEach(() => {
    announced.length = 0;
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('issues an opaque token and stores only its SHA-256', async () => {
    const before = Date.now();
    const issued = await facade.issueRefreshToken(customer, HOUR);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(issued.expiresAt.getTime()).toBeGreaterThanOrEqual(before + HOUR * 1000 - 5000);
    expect(issued.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + HOUR * 1000 + 5000);

    const stored = await row(issued.token);
    expect(stored).toEqual(
      expect.objectContaining({
        session_id: issued.sessionId,
        application: 'storefront',
        subject_kind: 'customer',
        subject_id: 'DE--1',
        scopes: [],
        used_at: null,
        revoked_at: null,
      }),
    );
    const [plain] = await dataSource.query<unknown[]>(
      'SELECT 1 FROM oauth_refresh_token WHERE token_hash = $1',
      [issued.token],
    );
    expect(plain).toBeUndefined();
    await expect(facade.issueRefreshToken(customer, 0)).rejects.toThrow(RangeError);
  });

  it('rotates a token into a successor of the same session and marks it used', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    const rotated = await facade.rotateRefreshToken('storefront', issued.token, 2 * HOUR);
    expect(rotated.token).not.toBe(issued.token);
    expect(rotated.sessionId).toBe(issued.sessionId);
    expect(rotated.subject).toEqual(customer);
    expect(rotated.expiresAt.getTime()).toBeGreaterThan(issued.expiresAt.getTime());
    expect((await row(issued.token))?.used_at).toBeInstanceOf(Date);
    expect((await row(rotated.token))?.used_at).toBeNull();

    const again = await facade.rotateRefreshToken('storefront', rotated.token, HOUR);
    expect(again.sessionId).toBe(issued.sessionId);
  });

  it('refuses unknown tokens and tokens of another application', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    expect(
      (await rejectionOf(facade.rotateRefreshToken('backend', issued.token, HOUR), OAuthException)).code,
    ).toBe(OAuthErrorCode.REFRESH_TOKEN_INVALID);
    expect(
      (await rejectionOf(facade.rotateRefreshToken('storefront', 'garbage', HOUR), OAuthException)).code,
    ).toBe(OAuthErrorCode.REFRESH_TOKEN_INVALID);
    // The refused attempt did not consume the token.
    await expect(facade.rotateRefreshToken('storefront', issued.token, HOUR)).resolves.toBeDefined();
  });

  it('refuses an expired token', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    await dataSource.query(
      "UPDATE oauth_refresh_token SET expires_at = now() - interval '1 second' WHERE session_id = $1",
      [issued.sessionId],
    );
    expect(
      (await rejectionOf(facade.rotateRefreshToken('storefront', issued.token, HOUR), OAuthException)).code,
    ).toBe(OAuthErrorCode.REFRESH_TOKEN_EXPIRED);
  });

  it('revokes the whole session, successor included, when a used token comes back', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    const successor = await facade.rotateRefreshToken('storefront', issued.token, HOUR);
    const grandchild = await facade.rotateRefreshToken('storefront', successor.token, HOUR);
    const other = await facade.issueRefreshToken(customer, HOUR);

    const reuse = await rejectionOf(
      facade.rotateRefreshToken('storefront', issued.token, HOUR),
      OAuthException,
    );
    expect(reuse.code).toBe(OAuthErrorCode.REFRESH_TOKEN_REUSED);
    // Committed although the call threw. The session's row decides: its tokens' rows are not rewritten.
    expect((await session(issued.sessionId))?.['revoked_at']).toBeInstanceOf(Date);
    for (const token of [issued.token, successor.token, grandchild.token]) {
      expect((await row(token))?.revoked_at).toBeNull();
    }
    expect(
      (await rejectionOf(facade.rotateRefreshToken('storefront', grandchild.token, HOUR), OAuthException))
        .code,
    ).toBe(OAuthErrorCode.REFRESH_TOKEN_INVALID);
    // Another login's session is untouched.
    expect(await facade.isSessionActive(other.sessionId)).toBe(true);
  });

  it('lets only one of two concurrent rotations of one token win', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    const results = await Promise.allSettled([
      facade.rotateRefreshToken('storefront', issued.token, HOUR),
      facade.rotateRefreshToken('storefront', issued.token, HOUR),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]?.reason as OAuthException).code).toBe(OAuthErrorCode.REFRESH_TOKEN_REUSED);
    const [{ tokens }] = (await dataSource.query<{ tokens: number }[]>(
      'SELECT count(*)::int AS tokens FROM oauth_refresh_token WHERE session_id = $1',
      [issued.sessionId],
    )) as [{ tokens: number }];
    expect(tokens).toBe(2);
  });

  it("revokes a token's session only for its own subject", async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    const successor = await facade.rotateRefreshToken('storefront', issued.token, HOUR);
    expect(await facade.revokeRefreshToken({ ...customer, id: 'DE--2' }, successor.token)).toBe(false);
    expect(await facade.revokeRefreshToken({ ...customer, application: 'backend' }, successor.token)).toBe(
      false,
    );
    expect(await facade.revokeRefreshToken(customer, 'garbage')).toBe(false);
    expect(await facade.revokeRefreshToken(customer, successor.token)).toBe(true);
    expect(await facade.revokeRefreshToken(customer, successor.token)).toBe(false);
    expect(
      (await rejectionOf(facade.rotateRefreshToken('storefront', successor.token, HOUR), OAuthException))
        .code,
    ).toBe(OAuthErrorCode.REFRESH_TOKEN_INVALID);
  });

  it("revokes all of a subject's live tokens and nobody else's", async () => {
    const user: RefreshTokenSubject = { application: 'backend', kind: 'user', id: 'u-1' };
    const neighbour: RefreshTokenSubject = { application: 'backend', kind: 'user', id: 'u-2' };
    const first = await facade.issueRefreshToken(user, HOUR);
    await facade.rotateRefreshToken('backend', first.token, HOUR);
    await facade.issueRefreshToken(user, HOUR);
    const theirs = await facade.issueRefreshToken(neighbour, HOUR);

    expect(await facade.revokeAllRefreshTokens(user)).toBe(2);
    expect(await facade.revokeAllRefreshTokens(user)).toBe(0);
    expect(await facade.isSessionActive(first.sessionId)).toBe(false);
    await expect(facade.rotateRefreshToken('backend', theirs.token, HOUR)).resolves.toBeDefined();
  });

  it('starts a session with every login; it is active until revoked, and an unknown id is not active', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    expect(await session(issued.sessionId)).toEqual(
      expect.objectContaining({
        application: 'storefront',
        subject_kind: 'customer',
        subject_id: 'DE--1',
        revoked_at: null,
        revoked_reason: null,
      }),
    );
    expect(await facade.isSessionActive(issued.sessionId)).toBe(true);
    expect(await facade.revokeSession(issued.sessionId)).toBe(true);
    expect(await facade.revokeSession(issued.sessionId)).toBe(false);
    expect(await facade.isSessionActive(issued.sessionId)).toBe(false);
    expect((await session(issued.sessionId))?.['revoked_reason']).toBe('logout');
    expect(await facade.isSessionActive('00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(await facade.isSessionActive('not-a-uuid')).toBe(false);
    expect(await facade.revokeSession('not-a-uuid')).toBe(false);
  });

  it('tells its listeners which sessions each revocation ended, once it is committed', async () => {
    const listener: RefreshTokenSubject = { application: 'storefront', kind: 'customer', id: 'DE--42' };
    const one = await facade.issueRefreshToken(listener, HOUR);
    const two = await facade.issueRefreshToken(listener, HOUR);
    const reused = await facade.issueRefreshToken(listener, HOUR);
    await facade.rotateRefreshToken('storefront', reused.token, HOUR);

    await facade.revokeRefreshToken(listener, one.token);
    await rejectionOf(facade.rotateRefreshToken('storefront', reused.token, HOUR), OAuthException);
    await facade.revokeAllRefreshTokens(listener);
    await facade.revokeAllRefreshTokens(listener);

    expect(announced).toEqual([[one.sessionId], [reused.sessionId], [two.sessionId]]);
    expect((await session(reused.sessionId))?.['revoked_reason']).toBe('refresh_token_reused');
  });

  it("revokes an account's sessions in the caller's transaction, announcing them only when it commits", async () => {
    const account = { kind: 'user', id: 'u-tx' };
    const backend = await facade.issueRefreshToken({ ...account, application: 'backend' }, HOUR);
    const partner = await facade.issueRefreshToken({ ...account, application: 'partner' }, HOUR);
    const kept = await facade.issueRefreshToken({ ...account, application: 'backend' }, HOUR);

    await expect(
      dataSource.transaction(async (manager) => {
        await sessionWriter.revokeAccountSessions(manager, account, SessionRevocationReason.ROLES_REDUCED);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(announced).toEqual([]);
    expect(await facade.isSessionActive(backend.sessionId)).toBe(true);

    const revoked = await dataSource.transaction(async (manager) => {
      const count = await sessionWriter.revokeAccountSessions(
        manager,
        account,
        SessionRevocationReason.PASSWORD_CHANGED,
        kept.sessionId,
      );
      expect(announced).toEqual([]);
      return count;
    });
    expect(revoked).toBe(2);
    expect(announced).toEqual([expect.arrayContaining([backend.sessionId, partner.sessionId])]);
    expect(await facade.isSessionActive(partner.sessionId)).toBe(false);
    expect(await facade.isSessionActive(kept.sessionId)).toBe(true);
    expect(await facade.isSessionActive(backend.sessionId)).toBe(false);
    expect((await session(backend.sessionId))?.['revoked_reason']).toBe('password_changed');
  });

  it('revokes the session of a refresh token whoever presents it, within its application only', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    expect(await facade.revokeSessionOfRefreshToken('backend', issued.token)).toBe(false);
    expect(await facade.revokeSessionOfRefreshToken('storefront', 'garbage')).toBe(false);
    expect(await facade.revokeSessionOfRefreshToken('storefront', issued.token)).toBe(true);
    expect(await facade.isSessionActive(issued.sessionId)).toBe(false);
  });

  it('refuses a refresh token whose session is revoked, even when the token row says nothing', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    // What a revocation that raced a rotation leaves: the successor it did not see is not marked.
    await dataSource.query('UPDATE oauth_session SET revoked_at = now() WHERE id = $1', [issued.sessionId]);
    expect((await row(issued.token))?.['revoked_at']).toBeNull();
    expect(
      (await rejectionOf(facade.rotateRefreshToken('storefront', issued.token, HOUR), OAuthException)).code,
    ).toBe(OAuthErrorCode.REFRESH_TOKEN_INVALID);
  });
});
