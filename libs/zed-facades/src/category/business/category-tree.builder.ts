import type { CategoryNodeTransfer, CategoryTreeNodeTransfer } from '../transfer/category-node.transfer.js';

/** Nests flat nodes (already in sibling order) under their parents; nodes without a known parent are roots. */
export function buildCategoryTree(
  nodes: readonly CategoryNodeTransfer[],
): readonly CategoryTreeNodeTransfer[] {
  const childrenByParent = new Map<number | null, CategoryNodeTransfer[]>();
  const ids = new Set(nodes.map((node) => node.idCategoryNode));
  for (const node of nodes) {
    const parent = node.parentNodeId !== null && ids.has(node.parentNodeId) ? node.parentNodeId : null;
    const siblings = childrenByParent.get(parent) ?? [];
    siblings.push(node);
    childrenByParent.set(parent, siblings);
  }
  const nest = (node: CategoryNodeTransfer): CategoryTreeNodeTransfer => ({
    ...node,
    children: (childrenByParent.get(node.idCategoryNode) ?? []).map(nest),
  });
  return (childrenByParent.get(null) ?? []).map(nest);
}
