import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByIds, inKeyOrder } from '#zed-facades/persistence-support';
import { buildCategoryTree } from '../business/category-tree.builder.js';
import type { CategoryNodeDetailTransfer, CategoryNodeTransfer } from '../transfer/category-node.transfer.js';

interface NodeRow {
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

/** How a row of `familySelect` relates to its `member`. */
const Relation = {
  /** The node itself, asked for by `member` (a node id or an abstract product id). */
  Requested: 0,
  /** An ancestor of node `member`, `rank` generations up. */
  Parent: 1,
  /** A descendant of node `member`: a child, grandchild, … (its own parent says where it hangs). */
  Child: 2,
} as const;
type Relation = (typeof Relation)[keyof typeof Relation];

interface FamilyRow extends NodeRow {
  member: number;
  relation: Relation;
  rank: number;
}

// $1 is always the locale name.
const NODE_SELECT = `
  SELECT n.id_category_node, c.category_key, cla.name, cla.meta_title, cla.meta_description, cla.meta_keywords,
         c.is_active, n.is_root, n.node_order, cla.url, n.fk_parent_category_node
  FROM category_node n
  JOIN category c ON c.id_category = n.fk_category
  LEFT JOIN category_localized_attributes cla ON cla.fk_category = c.id_category
        AND cla.fk_locale = (SELECT id_locale FROM locale WHERE locale_name = $1)`;

/** Deeper than any real category tree; stops the walk up should the data ever hold a cycle. */
const MAX_DEPTH = 64;

/**
 * The requested nodes (`requested(member, rank, id)`, from $2), their ancestors and their descendants
 * in one statement. Every node is read once per relation, however many members share it.
 */
const familySelect = (requested: string): string => `
  WITH RECURSIVE requested(member, rank, id) AS (${requested}),
  family AS (SELECT DISTINCT id FROM requested),
  ancestors(member, rank, id) AS (
    SELECT n.id_category_node, 1, n.fk_parent_category_node
    FROM category_node n JOIN family f ON f.id = n.id_category_node
    WHERE n.fk_parent_category_node IS NOT NULL
    UNION ALL
    SELECT a.member, a.rank + 1, n.fk_parent_category_node
    FROM ancestors a JOIN category_node n ON n.id_category_node = a.id
    WHERE n.fk_parent_category_node IS NOT NULL AND a.rank < ${MAX_DEPTH}
  ),
  descendants(member, rank, id) AS (
    SELECT n.fk_parent_category_node, 1, n.id_category_node
    FROM category_node n JOIN family f ON f.id = n.fk_parent_category_node
    UNION ALL
    SELECT d.member, d.rank + 1, n.id_category_node
    FROM descendants d JOIN category_node n ON n.fk_parent_category_node = d.id
    WHERE d.rank < ${MAX_DEPTH}
  ),
  related(member, relation, rank, id) AS (
    SELECT member, ${Relation.Requested}, rank, id FROM requested
    UNION ALL SELECT member, ${Relation.Parent}, rank, id FROM ancestors
    UNION ALL SELECT member, ${Relation.Child}, rank, id FROM descendants
  )
  SELECT r.member, r.relation, r.rank, nodes.*
  FROM related r
  JOIN LATERAL (${NODE_SELECT} WHERE n.id_category_node = r.id) nodes ON true
  ORDER BY r.relation, r.member, r.rank, nodes.node_order, nodes.id_category_node`;

const BY_NODE_IDS = familySelect(`SELECT DISTINCT id, 0, id FROM unnest($2::integer[]) AS asked(id)`);

// A category may hang at several places of the tree: each of its nodes is one of the product's.
const BY_ABSTRACT_IDS = familySelect(
  `SELECT pc.fk_product_abstract, pc.id_product_category, n.id_category_node
   FROM product_category pc JOIN category_node n ON n.fk_category = pc.fk_category
   WHERE pc.fk_product_abstract = ANY($2::integer[])`,
);

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

  /** In the order of `ids`; unknown ids are omitted. */
  async findByIds(ids: readonly number[], locale: string): Promise<readonly CategoryNodeDetailTransfer[]> {
    const rows = await this.dataSource.query<FamilyRow[]>(BY_NODE_IDS, [locale, [...ids]]);
    const nodes = [...toDetails(rows).values()].flat();
    return inKeyOrder(ids, nodes, (node) => node.idCategoryNode);
  }

  /** Every requested id has an entry (possibly empty), in the order the product was assigned to them. */
  async getByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly CategoryNodeDetailTransfer[]>> {
    const rows = await this.dataSource.query<FamilyRow[]>(BY_ABSTRACT_IDS, [locale, [...idsAbstract]]);
    const byAbstract = toDetails(rows);
    return new Map(idsAbstract.map((id) => [id, byAbstract.get(id) ?? []]));
  }
}

/**
 * The requested nodes by member, each with its parents and its descendants (nested under the node's
 * children) from the rows of the same statement.
 */
function toDetails(rows: readonly FamilyRow[]): Map<number, CategoryNodeDetailTransfer[]> {
  const requested = rows.filter((row) => row.relation === Relation.Requested);
  const nodeIds = [...new Set(requested.map((row) => row.id_category_node))];
  const relativesOf = (relation: Relation): Map<number, CategoryNodeTransfer[]> =>
    groupByIds(
      nodeIds,
      rows.filter((row) => row.relation === relation),
      (row) => row.member,
      toNodeTransfer,
    );
  const parents = relativesOf(Relation.Parent);
  const children = relativesOf(Relation.Child);
  const byMember = new Map<number, CategoryNodeDetailTransfer[]>();
  for (const row of requested) {
    const nodes = byMember.get(row.member) ?? [];
    nodes.push({
      ...toNodeTransfer(row),
      parents: parents.get(row.id_category_node) ?? [],
      children: buildCategoryTree(children.get(row.id_category_node) ?? []),
    });
    byMember.set(row.member, nodes);
  }
  return byMember;
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
