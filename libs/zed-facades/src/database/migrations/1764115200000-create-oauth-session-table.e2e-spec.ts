import { DataSource, type QueryRunner } from 'typeorm';
import { createDataSourceOptions } from '../data-source.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../../test/support/spec-database.js';
import { CreateOauthSessionTable1764115200000 } from './1764115200000-create-oauth-session-table.js';

const FAMILY_LIVE = '11111111-1111-4111-8111-111111111111';
const FAMILY_REVOKED = '22222222-2222-4222-8222-222222222222';

/** The upgrade of a database that already holds refresh tokens: every family becomes a session. */
describe('migration CreateOauthSessionTable1764115200000', () => {
  let database: SpecDatabase;
  let dataSource: DataSource;
  let runner: QueryRunner;
  const migration = new CreateOauthSessionTable1764115200000();

  beforeAll(async () => {
    database = await createSpecDatabase();
    dataSource = await new DataSource(createDataSourceOptions(database.url)).initialize();
    runner = dataSource.createQueryRunner();
  }, 60_000);

  afterAll(async () => {
    await runner?.release();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('turns each refresh token family into a session, revoked when its tokens were, and back', async () => {
    await migration.down(runner); // the schema as it was before sessions
    await runner.query(
      `INSERT INTO oauth_refresh_token
         (token_hash, family_id, application, subject_kind, subject_id, expires_at, used_at, revoked_at)
       VALUES (repeat('a', 64), $1, 'storefront', 'customer', 'DE--1', now() + interval '1 day', now(), NULL),
              (repeat('b', 64), $1, 'storefront', 'customer', 'DE--1', now() + interval '1 day', NULL, NULL),
              (repeat('c', 64), $2, 'backend', 'user', 'u-1', now() + interval '1 day', NULL, now())`,
      [FAMILY_LIVE, FAMILY_REVOKED],
    );

    await migration.up(runner);

    const sessions = await dataSource.query<Record<string, unknown>[]>(
      'SELECT id, application, subject_kind, subject_id, revoked_at, revoked_reason FROM oauth_session ORDER BY id',
    );
    expect(sessions).toEqual([
      expect.objectContaining({
        id: FAMILY_LIVE,
        application: 'storefront',
        subject_kind: 'customer',
        subject_id: 'DE--1',
        revoked_at: null,
        revoked_reason: null,
      }),
      expect.objectContaining({
        id: FAMILY_REVOKED,
        application: 'backend',
        revoked_at: expect.any(Date),
        revoked_reason: 'migrated',
      }),
    ]);
    const tokens = await dataSource.query<{ session_id: string }[]>(
      'SELECT session_id FROM oauth_refresh_token ORDER BY token_hash',
    );
    expect(tokens.map((token) => token.session_id)).toEqual([FAMILY_LIVE, FAMILY_LIVE, FAMILY_REVOKED]);
    // A token must belong to a session that exists.
    await expect(
      runner.query(
        `INSERT INTO oauth_refresh_token (token_hash, session_id, application, subject_kind, subject_id, expires_at)
         VALUES (repeat('d', 64), '33333333-3333-4333-8333-333333333333', 'backend', 'user', 'u-1', now())`,
      ),
    ).rejects.toThrow(/fk_oauth_refresh_token_session/);

    await migration.down(runner);
    const [family] = await dataSource.query<{ n: number }[]>(
      'SELECT count(DISTINCT family_id)::int AS n FROM oauth_refresh_token',
    );
    expect(family?.n).toBe(2);
    await migration.up(runner);
  });
});
