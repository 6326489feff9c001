import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Glue's customer `gender`, and account deletion by anonymization: an anonymized customer keeps its
 * row (and reference, so orders keep their customer) with its personal data wiped.
 */
export class AddCustomerGenderAndAnonymization1765010060000 implements MigrationInterface {
  name = 'AddCustomerGenderAndAnonymization1765010060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE customer
        ADD COLUMN gender varchar(10) CONSTRAINT ck_customer_gender CHECK (gender IN ('Male', 'Female', 'Diverse')),
        ADD COLUMN anonymized_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE customer DROP COLUMN anonymized_at, DROP COLUMN gender');
  }
}
