import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createSpecDatabase, DatabaseModule, rejectionOf, type SpecDatabase } from '#zed-facades/database';
import { OauthErrorCode, OauthException } from './oauth.exception.js';
import { OauthFacade } from './oauth.facade.js';
import { OauthModule } from './oauth.module.js';
import { hashToken } from './persistence/refresh-token.repository.js';
import type { RefreshTokenSubject } from './transfer/refresh-token.transfer.js';

const customer: RefreshTokenSubject = { application: 'storefront', kind: 'customer', id: 'DE--1' };
const HOUR = 3600;

describe('OauthFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: OauthFacade;
  let dataSource: DataSource;

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
      imports: [DatabaseModule.forRoot({ url: database.url }), OauthModule],
    }).compile();
    facade = moduleRef.get(OauthFacade);
    dataSource = moduleRef.get(DataSource);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('issues an opaque token and stores only its SHA-256', async () => {
    const before = Date.now();
    const issued = await facade.issueRefreshToken(customer, HOUR);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued.familyId).toMatch(/^[0-9a-f-]{36}$/);
    expect(issued.expiresAt.getTime()).toBeGreaterThanOrEqual(before + HOUR * 1000 - 5000);
    expect(issued.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + HOUR * 1000 + 5000);

    const stored = await row(issued.token);
    expect(stored).toEqual(
      expect.objectContaining({
        family_id: issued.familyId,
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

  it('rotates a token into a successor of the same family and marks it used', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    const rotated = await facade.rotateRefreshToken('storefront', issued.token, 2 * HOUR);
    expect(rotated.token).not.toBe(issued.token);
    expect(rotated.familyId).toBe(issued.familyId);
    expect(rotated.subject).toEqual(customer);
    expect(rotated.expiresAt.getTime()).toBeGreaterThan(issued.expiresAt.getTime());
    expect((await row(issued.token))?.used_at).toBeInstanceOf(Date);
    expect((await row(rotated.token))?.used_at).toBeNull();

    const again = await facade.rotateRefreshToken('storefront', rotated.token, HOUR);
    expect(again.familyId).toBe(issued.familyId);
  });

  it('refuses unknown tokens and tokens of another application', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    expect(
      (await rejectionOf(facade.rotateRefreshToken('backend', issued.token, HOUR), OauthException)).code,
    ).toBe(OauthErrorCode.REFRESH_TOKEN_INVALID);
    expect(
      (await rejectionOf(facade.rotateRefreshToken('storefront', 'garbage', HOUR), OauthException)).code,
    ).toBe(OauthErrorCode.REFRESH_TOKEN_INVALID);
    // The refused attempt did not consume the token.
    await expect(facade.rotateRefreshToken('storefront', issued.token, HOUR)).resolves.toBeDefined();
  });

  it('refuses an expired token', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    await dataSource.query(
      "UPDATE oauth_refresh_token SET expires_at = now() - interval '1 second' WHERE family_id = $1",
      [issued.familyId],
    );
    expect(
      (await rejectionOf(facade.rotateRefreshToken('storefront', issued.token, HOUR), OauthException)).code,
    ).toBe(OauthErrorCode.REFRESH_TOKEN_EXPIRED);
  });

  it('revokes the whole family, successor included, when a used token comes back', async () => {
    const issued = await facade.issueRefreshToken(customer, HOUR);
    const successor = await facade.rotateRefreshToken('storefront', issued.token, HOUR);
    const grandchild = await facade.rotateRefreshToken('storefront', successor.token, HOUR);
    const other = await facade.issueRefreshToken(customer, HOUR);

    const reuse = await rejectionOf(
      facade.rotateRefreshToken('storefront', issued.token, HOUR),
      OauthException,
    );
    expect(reuse.code).toBe(OauthErrorCode.REFRESH_TOKEN_REUSED);
    // Committed although the call threw.
    for (const token of [issued.token, successor.token, grandchild.token]) {
      expect((await row(token))?.revoked_at).toBeInstanceOf(Date);
    }
    expect(
      (await rejectionOf(facade.rotateRefreshToken('storefront', grandchild.token, HOUR), OauthException))
        .code,
    ).toBe(OauthErrorCode.REFRESH_TOKEN_INVALID);
    // Another login's family is untouched.
    expect((await row(other.token))?.revoked_at).toBeNull();
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
    expect((lost[0]?.reason as OauthException).code).toBe(OauthErrorCode.REFRESH_TOKEN_REUSED);
    const [{ tokens }] = (await dataSource.query<{ tokens: number }[]>(
      'SELECT count(*)::int AS tokens FROM oauth_refresh_token WHERE family_id = $1',
      [issued.familyId],
    )) as [{ tokens: number }];
    expect(tokens).toBe(2);
  });

  it("revokes a token's family only for its own subject", async () => {
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
      (await rejectionOf(facade.rotateRefreshToken('storefront', successor.token, HOUR), OauthException))
        .code,
    ).toBe(OauthErrorCode.REFRESH_TOKEN_INVALID);
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
    expect((await row(first.token))?.revoked_at).toBeInstanceOf(Date);
    await expect(facade.rotateRefreshToken('backend', theirs.token, HOUR)).resolves.toBeDefined();
  });
});
