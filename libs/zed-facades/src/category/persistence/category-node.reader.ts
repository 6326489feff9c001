import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds } from '#zed-facades/persistence-support';
import type { CategoryNodeTransfer } from '../transfer/category-node.transfer.js';

interface NodeRow {
  owner: number | null;
  id_category_node: number;
  category_key: string;
  name: string | null;
  meta_title: string | null;
  meta_description: string | null;
  meta_keywords: string | null;
  is_active: boolean;
  is_root: boolean;
  node_order: number;
  url: string | null;
  fk_parent_category_node: number | null;
}

// $1 is always the locale name.
const NODE_SELECT = `
  SELECT n.id_category_node, c.category_key, cla.name, cla.meta_title, cla.meta_description, cla.meta_keywords,
         c.is_active, n.is_root, n.node_order, cla.url, n.fk_parent_category_node
  FROM category_node n
  JOIN category c ON c.id_category = n.fk_category
  LEFT JOIN category_localized_attributes cla ON cla.fk_category = c.id_category
        AND cla.fk_locale = (SELECT id_locale FROM locale WHERE locale_name = $1)`;

/** Category nodes for one locale; each method is one query. */
@Injectable()
export class CategoryNodeReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getAll(locale: string): Promise<readonly CategoryNodeTransfer[]> {
    const rows = await this.dataSource.query<NodeRow[]>(
      `${NODE_SELECT} ORDER BY n.node_order, n.id_category_node`,
      [locale],
    );
    return rows.map(toNodeTransfer);
  }

  async getByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly CategoryNodeTransfer[]>> {
    const rows = await this.dataSource.query<NodeRow[]>(
      `SELECT pc.fk_product_abstract AS owner, nodes.*
       FROM product_category pc
       JOIN LATERAL (${NODE_SELECT} WHERE n.fk_category = pc.fk_category) nodes ON true
       WHERE pc.fk_product_abstract = ANY($2::integer[])
       ORDER BY pc.fk_product_abstract, pc.product_order, nodes.id_category_node`,
      [locale, [...idsAbstract]],
    );
    return groupByIds(idsAbstract, rows, (row) => row.owner ?? -1, toNodeTransfer);
  }
}

function toNodeTransfer(row: NodeRow): CategoryNodeTransfer {
  return {
    idCategoryNode: row.id_category_node,
    categoryKey: row.category_key,
    name: row.name,
    metaTitle: row.meta_title,
    metaDescription: row.meta_description,
    metaKeywords: row.meta_keywords,
    isActive: row.is_active,
    isRoot: row.is_root,
    order: row.node_order,
    url: row.url,
    parentNodeId: row.fk_parent_category_node,
  };
}
