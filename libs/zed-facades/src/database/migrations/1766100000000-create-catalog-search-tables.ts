import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL catalog search index (libs/zed-facades/src/catalog-search, docs/adr/0010-search-on-postgresql.md).
 *
 * - One document per active abstract product and locale with a weighted tsvector (name A, sku and brand B,
 *   description C, category names D; the sku also split at punctuation, as the parser reads `cam-3` as
 *   `cam` and `-3`) in the locale's text search configuration, and its facet values
 *   (`category=<node id>` for its nodes and their ancestors, `label=<name>`, `<attribute>=<value>`).
 *   Products belong to no store of their own; a store sells what has a price there, so the price table
 *   (per store, currency) decides what a store's search finds.
 * - Words of the catalog per locale for spelling suggestions and type-ahead. pg_trgm is created when the
 *   server offers it; without it, search works and suggests no spelling (the engine checks at run time).
 */
export class CreateCatalogSearchTables1766100000000 implements MigrationInterface {
  name = 'CreateCatalogSearchTables1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE product_abstract_metrics (
        fk_product_abstract integer PRIMARY KEY REFERENCES product_abstract (id_product_abstract) ON DELETE CASCADE,
        rating numeric(3,2) NULL,
        review_count integer NOT NULL DEFAULT 0,
        popularity integer NOT NULL DEFAULT 0,
        CONSTRAINT ck_product_abstract_metrics_rating CHECK (rating IS NULL OR rating BETWEEN 0 AND 5)
      )`);
    // One rule for a locale's text search configuration, used by the indexer and by every query.
    await queryRunner.query(`
      CREATE FUNCTION catalog_search_text_config(locale_name text) RETURNS regconfig
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN locale_name LIKE 'de\\_%' THEN 'pg_catalog.german'::regconfig
          WHEN locale_name LIKE 'en\\_%' THEN 'pg_catalog.english'::regconfig
          ELSE 'pg_catalog.simple'::regconfig
        END
      $$`);
    await queryRunner.query(`
      CREATE TABLE catalog_search_document (
        fk_product_abstract integer NOT NULL REFERENCES product_abstract (id_product_abstract) ON DELETE CASCADE,
        fk_locale integer NOT NULL REFERENCES locale (id_locale) ON DELETE CASCADE,
        text_config regconfig NOT NULL,
        sku varchar(255) NOT NULL,
        name varchar(255) NOT NULL,
        brand varchar(255),
        description text,
        category_names text,
        facet_values text[] NOT NULL DEFAULT '{}',
        rating numeric(3,2),
        popularity integer NOT NULL DEFAULT 0,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector(text_config, name), 'A')
          || setweight(to_tsvector(text_config,
               sku || ' ' || regexp_replace(sku, '[^[:alnum:]]+', ' ', 'g') || ' ' || coalesce(brand, '')), 'B')
          || setweight(to_tsvector(text_config, coalesce(description, '')), 'C')
          || setweight(to_tsvector(text_config, coalesce(category_names, '')), 'D')
        ) STORED,
        PRIMARY KEY (fk_product_abstract, fk_locale)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_catalog_search_document_vector ON catalog_search_document USING gin (search_vector)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_catalog_search_document_facets ON catalog_search_document USING gin (facet_values)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_catalog_search_document_locale_name ON catalog_search_document (fk_locale, name, fk_product_abstract)',
    );
    await queryRunner.query(`
      CREATE TABLE catalog_search_price (
        fk_product_abstract integer NOT NULL REFERENCES product_abstract (id_product_abstract) ON DELETE CASCADE,
        fk_store integer NOT NULL REFERENCES store (id_store) ON DELETE CASCADE,
        fk_currency integer NOT NULL REFERENCES currency (id_currency) ON DELETE CASCADE,
        gross_amount integer NOT NULL,
        net_amount integer NOT NULL,
        original_gross_amount integer,
        original_net_amount integer,
        PRIMARY KEY (fk_store, fk_currency, fk_product_abstract)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_catalog_search_price_product ON catalog_search_price (fk_product_abstract)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_catalog_search_price_gross ON catalog_search_price (fk_store, fk_currency, gross_amount)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_catalog_search_price_net ON catalog_search_price (fk_store, fk_currency, net_amount)',
    );
    await queryRunner.query(`
      CREATE TABLE catalog_search_term (
        fk_locale integer NOT NULL REFERENCES locale (id_locale) ON DELETE CASCADE,
        term varchar(100) NOT NULL,
        PRIMARY KEY (fk_locale, term)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_catalog_search_term_prefix ON catalog_search_term (fk_locale, term varchar_pattern_ops)',
    );
    const available = (await queryRunner.query(
      `SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'pg_trgm'`,
    )) as { n: number }[];
    if ((available[0]?.n ?? 0) > 0) {
      await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await queryRunner.query(
        'CREATE INDEX ix_catalog_search_term_trigram ON catalog_search_term USING gin (term gin_trgm_ops)',
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // pg_trgm stays: other objects of the database may use it.
    await queryRunner.query('DROP TABLE catalog_search_term');
    await queryRunner.query('DROP TABLE catalog_search_price');
    await queryRunner.query('DROP TABLE catalog_search_document');
    await queryRunner.query('DROP FUNCTION catalog_search_text_config(text)');
    await queryRunner.query('DROP TABLE product_abstract_metrics');
  }
}
