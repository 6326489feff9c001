import type { EntityManager } from 'typeorm';

/**
 * Ratings and popularity for every abstract product, derived from its rank by sku so that they are the
 * same on every run: one product in seven has no rating yet; ratings spread over 1.0–5.0. The search
 * index reads them when the seed publishes the catalog.
 */
export async function seedProductMetrics(manager: EntityManager): Promise<void> {
  await manager.query(`
    INSERT INTO product_abstract_metrics (fk_product_abstract, rating, review_count, popularity)
    SELECT id_product_abstract,
           CASE WHEN n % 7 = 0 THEN NULL ELSE round(1 + ((n * 37) % 41) / 10.0, 2) END,
           CASE WHEN n % 7 = 0 THEN 0 ELSE 1 + (n * 13) % 50 END,
           (n * 7919) % 1000
      FROM (SELECT id_product_abstract, row_number() OVER (ORDER BY sku) AS n FROM product_abstract) AS ranked
    ON CONFLICT (fk_product_abstract) DO NOTHING`);
}
