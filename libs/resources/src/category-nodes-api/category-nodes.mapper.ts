import { Type, type Static } from '@sinclair/typebox';
import { Nullable, type Attributes, type GlueResourceObject } from '#glue-core';
import type {
  CategoryNodeDetailTransfer,
  CategoryNodeTransfer,
  CategoryTreeNodeTransfer,
} from '#zed-facades/category';

export const CATEGORY_NODES_TYPE = 'category-nodes';

const NODE_PROPERTIES = {
  nodeId: Type.Integer(),
  name: Nullable(Type.String()),
  metaTitle: Nullable(Type.String()),
  metaDescription: Nullable(Type.String()),
  metaKeywords: Nullable(Type.String()),
  isActive: Type.Boolean(),
  order: Type.Integer(),
  url: Nullable(Type.String()),
};

/**
 * A node around the requested one, as Glue nests them: a child with its own `children` (and
 * `parents` empty), a parent with its own `parents` (and `children` empty).
 */
const CategoryNodeRelativeSchema = Type.Recursive(
  (Node) => Type.Object({ ...NODE_PROPERTIES, children: Type.Array(Node), parents: Type.Array(Node) }),
  { $id: 'CategoryNodeRelative' },
);

type CategoryNodeRelative = Static<typeof CategoryNodeRelativeSchema>;

/** What every node has, whatever its place around the requested one. */
type CategoryNodeProperties = Omit<CategoryNodeRelative, 'children' | 'parents'>;

/**
 * Glue's `category-nodes` attributes: `children` the whole subtree, nested; `parents` the parent,
 * which holds its own parent in `parents`, up to the root.
 */
export const CategoryNodeAttributesSchema = Type.Object({
  ...NODE_PROPERTIES,
  children: Type.Array(CategoryNodeRelativeSchema),
  parents: Type.Array(CategoryNodeRelativeSchema),
});

export type CategoryNodeAttributes = Attributes<typeof CategoryNodeAttributesSchema>;

export type CategoryNodeResource = GlueResourceObject<CategoryNodeAttributes, CategoryNodeDetailTransfer>;

/** Inactive parents and children (with their subtrees) are left out: they do not exist in the storefront. */
export function toCategoryNodeResource(node: CategoryNodeDetailTransfer): CategoryNodeResource {
  return {
    type: CATEGORY_NODES_TYPE,
    id: String(node.idCategoryNode),
    selfPath: `/${CATEGORY_NODES_TYPE}/${node.idCategoryNode}`,
    source: node,
    attributes: {
      ...toProperties(node),
      children: toChildren(node.children),
      parents: toParents(node.parents.filter((parent) => parent.isActive)),
    },
  };
}

function toChildren(children: readonly CategoryTreeNodeTransfer[]): CategoryNodeRelative[] {
  return children
    .filter((child) => child.isActive)
    .map((child) => ({ ...toProperties(child), children: toChildren(child.children), parents: [] }));
}

/** The ancestors, nearest first, as a chain: the parent, whose `parents` holds the grandparent, … */
function toParents([parent, ...farther]: readonly CategoryNodeTransfer[]): CategoryNodeRelative[] {
  if (parent === undefined) return [];
  return [{ ...toProperties(parent), children: [], parents: toParents(farther) }];
}

function toProperties(node: CategoryNodeTransfer): CategoryNodeProperties {
  return {
    nodeId: node.idCategoryNode,
    name: node.name,
    metaTitle: node.metaTitle,
    metaDescription: node.metaDescription,
    metaKeywords: node.metaKeywords,
    isActive: node.isActive,
    order: node.order,
    url: node.url,
  };
}
