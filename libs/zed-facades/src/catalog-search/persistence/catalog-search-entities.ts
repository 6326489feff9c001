import { ProductAbstractMetricsEntity } from './product-abstract-metrics.entity.js';

/**
 * The index tables (catalog_search_document, catalog_search_price, catalog_search_term) have no entities:
 * only the engine's own SQL reads and writes them.
 */
export const CATALOG_SEARCH_ENTITIES = [ProductAbstractMetricsEntity] as const;
