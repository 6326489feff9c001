import type { MigrationInterface, QueryRunner } from 'typeorm';

// The published read model of the storefront catalog (docs/adr/0011-published-read-model.md): documents
// read by key; the (resource, reference) index finds a product's documents to replace or delete.
export class CreateCatalogStorageTable1766200000000 implements MigrationInterface {
  name = 'CreateCatalogStorageTable1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalog_storage (
        storage_key text PRIMARY KEY,
        resource text NOT NULL,
        reference text NOT NULL,
        store text,
        locale text,
        document json NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_catalog_storage_resource_reference ON catalog_storage (resource, reference)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalog_storage');
  }
}
