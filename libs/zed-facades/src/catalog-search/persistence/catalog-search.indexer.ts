import type { EntityManager } from 'typeorm';

/*
 * The index is rebuilt per product from the catalog tables with set-based SQL: a fixed number of statements
 * whatever the number of products. `$1` is the array of abstract ids, or NULL for the whole catalog.
 * It reads the normalized tables itself (not through other facades), so no Nest module depends back on
 * this one.
 */

const TARGET = `
  target AS (
    SELECT pa.id_product_abstract AS id, pa.sku, pa.attributes
    FROM product_abstract pa
    WHERE pa.is_active AND ($1::int[] IS NULL OR pa.id_product_abstract = ANY ($1::int[]))
  )`;

// Facet values: every category node of the product's active categories with all its ancestors, the active
// labels valid now, and the scalar attributes of the abstract and of its active concretes.
const INSERT_DOCUMENTS = `
  WITH RECURSIVE ${TARGET},
  nodes AS (
    SELECT pc.fk_product_abstract AS id, cn.id_category_node, cn.fk_parent_category_node
    FROM target t
    JOIN product_category pc ON pc.fk_product_abstract = t.id
    JOIN category c ON c.id_category = pc.fk_category AND c.is_active
    JOIN category_node cn ON cn.fk_category = c.id_category
    UNION
    SELECT nodes.id, parent.id_category_node, parent.fk_parent_category_node
    FROM nodes JOIN category_node parent ON parent.id_category_node = nodes.fk_parent_category_node
  ),
  attribute_sources AS (
    SELECT t.id, t.attributes FROM target t
    UNION ALL
    SELECT pc.fk_product_abstract, pc.attributes
    FROM target t JOIN product_concrete pc ON pc.fk_product_abstract = t.id AND pc.is_active
  ),
  facet_values AS (
    SELECT id, array_agg(DISTINCT value ORDER BY value) AS facet_values FROM (
      SELECT id, 'category=' || id_category_node AS value FROM nodes
      UNION ALL
      SELECT t.id, 'label=' || pl.name
      FROM target t
      JOIN product_label_product_abstract plpa ON plpa.fk_product_abstract = t.id
      JOIN product_label pl ON pl.id_product_label = plpa.fk_product_label
      WHERE pl.is_active AND (pl.valid_from IS NULL OR pl.valid_from <= now())
        AND (pl.valid_to IS NULL OR pl.valid_to >= now())
      UNION ALL
      SELECT s.id, attribute.key || '=' || (attribute.value #>> '{}')
      FROM attribute_sources s CROSS JOIN LATERAL jsonb_each(s.attributes) AS attribute
      WHERE jsonb_typeof(attribute.value) IN ('string', 'number', 'boolean')
        AND length(attribute.value #>> '{}') BETWEEN 1 AND 255
    ) AS all_values
    GROUP BY id
  )
  INSERT INTO catalog_search_document (fk_product_abstract, fk_locale, text_config, sku, name, brand,
    description, category_names, facet_values, rating, popularity)
  SELECT t.id, pal.fk_locale, catalog_search_text_config(l.locale_name), t.sku, pal.name,
    t.attributes ->> 'brand', pal.description,
    (SELECT string_agg(cla.name, ' ' ORDER BY cla.name)
       FROM product_category pc
       JOIN category c ON c.id_category = pc.fk_category AND c.is_active
       JOIN category_localized_attributes cla ON cla.fk_category = c.id_category AND cla.fk_locale = pal.fk_locale
      WHERE pc.fk_product_abstract = t.id),
    coalesce(fv.facet_values, '{}'), m.rating, coalesce(m.popularity, 0)
  FROM target t
  JOIN product_abstract_localized_attributes pal ON pal.fk_product_abstract = t.id
  JOIN locale l ON l.id_locale = pal.fk_locale
  LEFT JOIN facet_values fv ON fv.id = t.id
  LEFT JOIN product_abstract_metrics m ON m.fk_product_abstract = t.id`;

// The abstract's own DEFAULT price where it has one in a store and currency, else the lowest of its
// active concretes' (Spryker shows an abstract product's price that way).
const INSERT_PRICES = `
  WITH ${TARGET},
  abstract_prices AS (
    SELECT pp.fk_product_abstract AS id, pp.fk_store, pp.fk_currency,
      max(pp.gross_amount) FILTER (WHERE pp.price_type = 'DEFAULT') AS gross,
      max(pp.net_amount) FILTER (WHERE pp.price_type = 'DEFAULT') AS net,
      max(pp.gross_amount) FILTER (WHERE pp.price_type = 'ORIGINAL') AS original_gross,
      max(pp.net_amount) FILTER (WHERE pp.price_type = 'ORIGINAL') AS original_net
    FROM target t JOIN price_product pp ON pp.fk_product_abstract = t.id
    GROUP BY 1, 2, 3
  ),
  concrete_prices AS (
    SELECT pc.fk_product_abstract AS id, pp.fk_store, pp.fk_currency,
      min(pp.gross_amount) FILTER (WHERE pp.price_type = 'DEFAULT') AS gross,
      min(pp.net_amount) FILTER (WHERE pp.price_type = 'DEFAULT') AS net,
      min(pp.gross_amount) FILTER (WHERE pp.price_type = 'ORIGINAL') AS original_gross,
      min(pp.net_amount) FILTER (WHERE pp.price_type = 'ORIGINAL') AS original_net
    FROM target t
    JOIN product_concrete pc ON pc.fk_product_abstract = t.id AND pc.is_active
    JOIN price_product pp ON pp.fk_product_concrete = pc.id_product_concrete
    GROUP BY 1, 2, 3
  )
  INSERT INTO catalog_search_price (fk_product_abstract, fk_store, fk_currency, gross_amount, net_amount,
    original_gross_amount, original_net_amount)
  SELECT id, fk_store, fk_currency,
    CASE WHEN a.gross IS NOT NULL THEN a.gross ELSE c.gross END,
    CASE WHEN a.gross IS NOT NULL THEN a.net ELSE c.net END,
    CASE WHEN a.gross IS NOT NULL THEN a.original_gross ELSE c.original_gross END,
    CASE WHEN a.gross IS NOT NULL THEN a.original_net ELSE c.original_net END
  FROM abstract_prices a FULL JOIN concrete_prices c USING (id, fk_store, fk_currency)
  WHERE coalesce(a.gross, c.gross) IS NOT NULL`;

// Words of names, brands and category names, for spelling suggestions and completion. Words of removed
// products stay until the next full rebuild: a suggestion then finds nothing, which costs nothing.
const INSERT_TERMS = `
  INSERT INTO catalog_search_term (fk_locale, term)
  SELECT DISTINCT d.fk_locale, word
  FROM catalog_search_document d
  CROSS JOIN LATERAL regexp_split_to_table(
    lower(d.name || ' ' || coalesce(d.brand, '') || ' ' || coalesce(d.category_names, '')),
    '[[:space:][:punct:]]+') AS word
  WHERE ($1::int[] IS NULL OR d.fk_product_abstract = ANY ($1::int[]))
    AND length(word) BETWEEN 3 AND 100 AND word !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING`;

/** Replaces the index rows of these abstract products inside the caller's transaction. */
export async function reindexAbstracts(
  manager: EntityManager,
  idsProductAbstract: readonly number[],
): Promise<void> {
  const ids = [...new Set(idsProductAbstract)];
  if (ids.length === 0) {
    return;
  }
  await manager.query('DELETE FROM catalog_search_document WHERE fk_product_abstract = ANY ($1::int[])', [
    ids,
  ]);
  await manager.query('DELETE FROM catalog_search_price WHERE fk_product_abstract = ANY ($1::int[])', [ids]);
  await writeIndex(manager, ids);
}

/** Rebuilds the whole index; run it inside a transaction so searches see the old index until commit. */
export async function reindexEverything(manager: EntityManager): Promise<void> {
  // DELETE, not TRUNCATE: TRUNCATE would lock readers out for the whole rebuild.
  await manager.query('DELETE FROM catalog_search_document');
  await manager.query('DELETE FROM catalog_search_price');
  await manager.query('DELETE FROM catalog_search_term');
  await writeIndex(manager, null);
}

async function writeIndex(manager: EntityManager, ids: readonly number[] | null): Promise<void> {
  await manager.query(INSERT_DOCUMENTS, [ids]);
  await manager.query(INSERT_PRICES, [ids]);
  await manager.query(INSERT_TERMS, [ids]);
}
