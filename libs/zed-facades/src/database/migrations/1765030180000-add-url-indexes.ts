import type { MigrationInterface, QueryRunner } from 'typeorm';

// The storefront resolves shop URLs to products and categories (`url-resolver`): look them up by index.
export class AddUrlIndexes1765030180000 implements MigrationInterface {
  name = 'AddUrlIndexes1765030180000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX ix_product_abstract_localized_attributes_url ON product_abstract_localized_attributes (url)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_category_localized_attributes_url ON category_localized_attributes (url)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_category_localized_attributes_url');
    await queryRunner.query('DROP INDEX ix_product_abstract_localized_attributes_url');
  }
}
