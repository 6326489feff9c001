import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions: what one login starts. Access tokens name their session (`sid`) and are refused once it is
 * revoked; a session's refresh tokens (until now grouped by `family_id`) now name it by `session_id`.
 * Every existing family becomes a session, revoked if its tokens were.
 */
export class CreateOauthSessionTable1764115200000 implements MigrationInterface {
  name = 'CreateOauthSessionTable1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oauth_session (
        id uuid PRIMARY KEY,
        application varchar(50) NOT NULL,
        subject_kind varchar(20) NOT NULL,
        subject_id varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason varchar(30)
      )`);
    // Revoking "every session of this account" reads live sessions only.
    await queryRunner.query(
      `CREATE INDEX ix_oauth_session_live_subject ON oauth_session (subject_kind, subject_id, application)
       WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(`
      INSERT INTO oauth_session (id, application, subject_kind, subject_id, created_at, revoked_at, revoked_reason)
      SELECT family_id, min(application), min(subject_kind), min(subject_id), min(created_at),
             max(revoked_at), CASE WHEN bool_or(revoked_at IS NOT NULL) THEN 'migrated' END
      FROM oauth_refresh_token
      GROUP BY family_id`);
    await queryRunner.query('ALTER TABLE oauth_refresh_token RENAME COLUMN family_id TO session_id');
    await queryRunner.query(
      'ALTER INDEX ix_oauth_refresh_token_family_id RENAME TO ix_oauth_refresh_token_session_id',
    );
    await queryRunner.query(
      `ALTER TABLE oauth_refresh_token ADD CONSTRAINT fk_oauth_refresh_token_session
       FOREIGN KEY (session_id) REFERENCES oauth_session (id) ON DELETE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE oauth_refresh_token DROP CONSTRAINT fk_oauth_refresh_token_session');
    await queryRunner.query(
      'ALTER INDEX ix_oauth_refresh_token_session_id RENAME TO ix_oauth_refresh_token_family_id',
    );
    await queryRunner.query('ALTER TABLE oauth_refresh_token RENAME COLUMN session_id TO family_id');
    await queryRunner.query('DROP TABLE oauth_session');
  }
}
