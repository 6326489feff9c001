import type { EntityManager } from 'typeorm';
import type {
  CatalogSearchImageTransfer,
  CatalogSuggestCategoryTransfer,
  CatalogSuggestCriteria,
  CatalogSuggestionTransfer,
  CatalogSuggestProductTransfer,
} from '../transfer/catalog-search.transfer.js';
import { prefixTsQuery, queryWords } from '../business/text-query.js';
import { resolveSearchContext } from './search-context.js';
import { escapeLike } from './sql-params.js';

const EMPTY: CatalogSuggestionTransfer = {
  completion: [],
  categories: [],
  abstractProducts: [],
  cmsPages: [],
};

/**
 * Type-ahead in four statements: the context, then completions, categories and products side by side,
 * each an index lookup (term prefix, category name prefix, full text with every word as a prefix).
 */
export async function runSuggest(
  manager: EntityManager,
  criteria: CatalogSuggestCriteria,
): Promise<CatalogSuggestionTransfer> {
  const words = queryWords(criteria.q);
  const last = words.at(-1);
  const textQuery = prefixTsQuery(criteria.q);
  if (!last || !textQuery || criteria.limit < 1) {
    return EMPTY;
  }
  const context = await resolveSearchContext(manager, criteria.store, criteria.locale, criteria.currency);
  if (!context) {
    return EMPTY;
  }
  const earlier = words.slice(0, -1);
  const amount = criteria.priceMode === 'NET_MODE' ? 'p.net_amount' : 'p.gross_amount';
  const [terms, categories, products] = await Promise.all([
    manager.query<{ term: string }[]>(
      `SELECT term FROM catalog_search_term
        WHERE fk_locale = $1 AND term LIKE $2
        ORDER BY length(term), term LIMIT $3`,
      [context.idLocale, `${escapeLike(last)}%`, criteria.limit],
    ),
    manager.query<{ id_category_node: number; name: string; url: string | null }[]>(
      `SELECT DISTINCT ON (cla.name) cn.id_category_node, cla.name, cla.url
         FROM category_localized_attributes cla
         JOIN category c ON c.id_category = cla.fk_category AND c.is_active
         JOIN category_node cn ON cn.fk_category = c.id_category AND NOT cn.is_root
        WHERE cla.fk_locale = $1 AND (lower(cla.name) LIKE $2 OR lower(cla.name) LIKE $3)
        ORDER BY cla.name, cn.id_category_node LIMIT $4`,
      [context.idLocale, `${escapeLike(last)}%`, `% ${escapeLike(last)}%`, criteria.limit],
    ),
    manager.query<
      { id: number; sku: string; name: string; amount: number; images: CatalogSearchImageTransfer[] }[]
    >(
      `SELECT d.fk_product_abstract AS id, d.sku, d.name, ${amount} AS amount,
         (SELECT coalesce(json_agg(json_build_object('externalUrlSmall', i.external_url_small,
                   'externalUrlLarge', i.external_url_large) ORDER BY i.sort_order, i.id_product_image), '[]'::json)
            FROM product_image i
           WHERE i.fk_product_image_set = (
             SELECT s.id_product_image_set FROM product_image_set s
              WHERE s.fk_product_abstract = d.fk_product_abstract
                AND (s.fk_locale = d.fk_locale OR s.fk_locale IS NULL)
              ORDER BY s.fk_locale NULLS LAST, s.id_product_image_set LIMIT 1)) AS images
         FROM catalog_search_document d
         JOIN catalog_search_price p ON p.fk_product_abstract = d.fk_product_abstract
           AND p.fk_store = $4 AND p.fk_currency = $5
        WHERE d.fk_locale = $3 AND d.search_vector @@ to_tsquery($1::regconfig, $2)
        ORDER BY ts_rank_cd(d.search_vector, to_tsquery($1::regconfig, $2)) DESC, d.popularity DESC, d.fk_product_abstract
        LIMIT $6`,
      [context.textConfig, textQuery, context.idLocale, context.idStore, context.idCurrency, criteria.limit],
    ),
  ]);
  const prefix = earlier.length > 0 ? `${earlier.join(' ')} ` : '';
  const completion: string[] = terms.map((row) => `${prefix}${row.term}`);
  const abstractProducts: CatalogSuggestProductTransfer[] = products.map((row) => ({
    idProductAbstract: row.id,
    abstractSku: row.sku,
    abstractName: row.name,
    price: row.amount,
    images: row.images,
  }));
  const categoryList: CatalogSuggestCategoryTransfer[] = categories.map((row) => ({
    nodeId: row.id_category_node,
    name: row.name,
    url: row.url,
  }));
  return { completion, categories: categoryList, abstractProducts, cmsPages: [] };
}
