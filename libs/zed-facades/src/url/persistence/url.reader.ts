import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UrlTargetTransfer } from '../transfer/url-target.transfer.js';

interface TargetRow {
  entity_type: UrlTargetTransfer['entityType'];
  entity_id: string;
}

/**
 * The product or category behind a URL of any locale, in one query. Products win over categories; a
 * category with several nodes resolves to its first.
 */
@Injectable()
export class UrlReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findTarget(url: string): Promise<UrlTargetTransfer | null> {
    const [row] = await this.dataSource.query<TargetRow[]>(
      `SELECT entity_type, entity_id FROM (
         (SELECT 0 AS rank, 'abstract-product' AS entity_type, p.sku AS entity_id
          FROM product_abstract_localized_attributes pa
          JOIN product_abstract p ON p.id_product_abstract = pa.fk_product_abstract
          WHERE pa.url = $1 AND p.is_active
          ORDER BY p.id_product_abstract LIMIT 1)
         UNION ALL
         (SELECT 1, 'category-node', min(n.id_category_node)::text
          FROM category_localized_attributes ca
          JOIN category c ON c.id_category = ca.fk_category
          JOIN category_node n ON n.fk_category = c.id_category
          WHERE ca.url = $1 AND c.is_active
          GROUP BY c.id_category ORDER BY c.id_category LIMIT 1)
       ) targets ORDER BY rank LIMIT 1`,
      [url],
    );
    if (!row) return null;
    return row.entity_type === 'abstract-product'
      ? { entityType: 'abstract-product', sku: row.entity_id }
      : { entityType: 'category-node', idCategoryNode: Number(row.entity_id) };
  }
}
