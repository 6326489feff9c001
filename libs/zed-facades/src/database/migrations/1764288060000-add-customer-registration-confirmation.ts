import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registration confirmation (double opt-in): a customer may log in once `confirmed_at` is set; an
 * unconfirmed one holds the SHA-256 of the key mailed to it. Every customer registered so far was
 * usable at once, so it counts as confirmed when it registered.
 */
export class AddCustomerRegistrationConfirmation1764288060000 implements MigrationInterface {
  name = 'AddCustomerRegistrationConfirmation1764288060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE customer
        ADD COLUMN confirmed_at timestamptz,
        ADD COLUMN registration_key_hash char(64) CONSTRAINT uq_customer_registration_key_hash UNIQUE`);
    await queryRunner.query('UPDATE customer SET confirmed_at = created_at');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE customer DROP COLUMN registration_key_hash, DROP COLUMN confirmed_at',
    );
  }
}
