import { Type } from '@sinclair/typebox';
import { Nullable, type Attributes, type GlueResourceObject } from '#glue-core';
import type { CategoryNodeDetailTransfer, CategoryNodeTransfer } from '#zed-facades/category';

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

/** A parent or child of a node: its own attributes without the nodes around it. */
const CategoryNodeSummarySchema = Type.Object(NODE_PROPERTIES);

/** Glue's `category-nodes` attributes: `parents` nearest first (parent … root), `children` the direct ones. */
export const CategoryNodeAttributesSchema = Type.Object({
  ...NODE_PROPERTIES,
  children: Type.Array(CategoryNodeSummarySchema),
  parents: Type.Array(CategoryNodeSummarySchema),
});

export type CategoryNodeAttributes = Attributes<typeof CategoryNodeAttributesSchema>;

export type CategoryNodeResource = GlueResourceObject<CategoryNodeAttributes, CategoryNodeDetailTransfer>;

/** Inactive parents and children are left out, as inactive nodes do not exist in the storefront. */
export function toCategoryNodeResource(node: CategoryNodeDetailTransfer): CategoryNodeResource {
  return {
    type: CATEGORY_NODES_TYPE,
    id: String(node.idCategoryNode),
    selfPath: `/${CATEGORY_NODES_TYPE}/${node.idCategoryNode}`,
    source: node,
    attributes: {
      ...toSummary(node),
      children: node.children.filter((child) => child.isActive).map(toSummary),
      parents: node.parents.filter((parent) => parent.isActive).map(toSummary),
    },
  };
}

function toSummary(node: CategoryNodeTransfer): Attributes<typeof CategoryNodeSummarySchema> {
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
