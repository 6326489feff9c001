import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBackOfficeUserTable1763769600000 implements MigrationInterface {
  name = 'CreateBackOfficeUserTable1763769600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Emails are stored trimmed and lower-cased, so the plain unique constraint is case-insensitive.
    await queryRunner.query(`
      CREATE TABLE back_office_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL CONSTRAINT uq_back_office_user_email UNIQUE,
        password_hash text NOT NULL,
        first_name varchar(100) NOT NULL,
        last_name varchar(100) NOT NULL,
        roles text[] NOT NULL,
        is_active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_back_office_user_email_lower CHECK (email = lower(btrim(email))),
        CONSTRAINT ck_back_office_user_roles CHECK (cardinality(roles) > 0)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_back_office_user_created_at ON back_office_user (created_at, id)',
    );
    await queryRunner.query('CREATE INDEX ix_back_office_user_last_name ON back_office_user (last_name, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE back_office_user');
  }
}
