import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A category node with its texts in one locale (null where the locale has none). */
export interface SourceCategoryNodeRow {
  readonly locale: string;
  readonly id_category_node: number;
  readonly category_key: string;
  readonly name: string | null;
  readonly meta_title: string | null;
  readonly meta_description: string | null;
  readonly meta_keywords: string | null;
  readonly is_active: boolean;
  readonly is_root: boolean;
  readonly node_order: number;
  readonly url: string | null;
  readonly fk_parent_category_node: number | null;
}

// The category reader's node statement (category-node.reader) for every locale at once, in sibling order.
const NODES = `
  SELECT l.locale_name AS locale, n.id_category_node, c.category_key, cla.name, cla.meta_title,
         cla.meta_description, cla.meta_keywords, c.is_active, n.is_root, n.node_order, cla.url,
         n.fk_parent_category_node
  FROM category_node n
  JOIN category c ON c.id_category = n.fk_category
  JOIN locale l ON l.locale_name = ANY($1::varchar[])
  LEFT JOIN category_localized_attributes cla ON cla.fk_category = c.id_category AND cla.fk_locale = l.id_locale
  ORDER BY n.node_order, n.id_category_node`;

/** Reads the category tree in the given locales through the caller's transaction: one statement. */
@Injectable()
export class CategorySourceReader {
  read(manager: EntityManager, locales: readonly string[]): Promise<SourceCategoryNodeRow[]> {
    return manager.query<SourceCategoryNodeRow[]>(NODES, [[...locales]]);
  }
}
