import { Type } from '@sinclair/typebox';
import { Nullable, type Attributes, type GlueResourceObject } from '#glue-core';
import type { CategoryTreeNodeTransfer } from '#zed-facades/category';

export const CATEGORY_TREES_TYPE = 'category-trees';

const CategoryTreeNodeSchema = Type.Recursive(
  (Node) =>
    Type.Object({
      nodeId: Type.Integer(),
      order: Type.Integer(),
      name: Nullable(Type.String()),
      url: Nullable(Type.String()),
      children: Type.Array(Node),
    }),
  { $id: 'CategoryTreeNode' },
);

/** Glue's `category-trees` attributes: the active top-level nodes (the roots' children), nested. */
export const CategoryTreeAttributesSchema = Type.Object({
  categoryNodesStorage: Type.Array(CategoryTreeNodeSchema),
});

export type CategoryTreeAttributes = Attributes<typeof CategoryTreeAttributesSchema>;

type CategoryTreeNode = Attributes<typeof CategoryTreeNodeSchema>;

/**
 * The tree of one locale. Glue sends it with a null id; JSON:API needs one, and the locale is what the
 * tree's texts depend on. It lives at `/category-trees`: there is one per request.
 */
export function toCategoryTreeResource(
  locale: string,
  roots: readonly CategoryTreeNodeTransfer[],
): GlueResourceObject<CategoryTreeAttributes> {
  return {
    type: CATEGORY_TREES_TYPE,
    id: locale,
    selfPath: `/${CATEGORY_TREES_TYPE}`,
    attributes: { categoryNodesStorage: activeChildren(roots.flatMap((root) => root.children)) },
  };
}

function activeChildren(nodes: readonly CategoryTreeNodeTransfer[]): CategoryTreeNode[] {
  return nodes
    .filter((node) => node.isActive)
    .map((node) => ({
      nodeId: node.idCategoryNode,
      order: node.order,
      name: node.name,
      url: node.url,
      children: activeChildren(node.children),
    }));
}
