import type { EntityManager } from 'typeorm';

export interface CategoryNodeRow {
  readonly id_category_node: number;
  readonly fk_parent_category_node: number | null;
  readonly is_root: boolean;
  readonly name: string;
  readonly url: string | null;
}

/** The active category nodes with their names in the locale, in display order (one statement). */
export function readCategoryNodes(manager: EntityManager, idLocale: number): Promise<CategoryNodeRow[]> {
  return manager.query<CategoryNodeRow[]>(
    `SELECT cn.id_category_node, cn.fk_parent_category_node, cn.is_root, cla.name, cla.url
       FROM category_node cn
       JOIN category c ON c.id_category = cn.fk_category AND c.is_active
       JOIN category_localized_attributes cla ON cla.fk_category = c.id_category AND cla.fk_locale = $1
      ORDER BY cn.node_order, cn.id_category_node`,
    [idLocale],
  );
}
