import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No query looks refresh tokens up by their subject any more: "every session of an account" reads
 * `oauth_session` (`ix_oauth_session_live_subject`), and a token is found by its hash or its session.
 * The index only cost every rotation and login one more index write.
 */
export class DropOauthRefreshTokenSubjectIndex1764374400000 implements MigrationInterface {
  name = 'DropOauthRefreshTokenSubjectIndex1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_oauth_refresh_token_subject');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX ix_oauth_refresh_token_subject ON oauth_refresh_token (application, subject_kind, subject_id)',
    );
  }
}
