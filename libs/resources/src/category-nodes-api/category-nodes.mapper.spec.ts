import type { CategoryNodeTransfer, CategoryTreeNodeTransfer } from '#zed-facades/category';
import { toCategoryNodeResource } from './category-nodes.mapper.js';

const node = (id: number, parentNodeId: number | null, isActive = true): CategoryNodeTransfer => ({
  idCategoryNode: id,
  categoryKey: `c${id}`,
  name: `Node ${id}`,
  metaTitle: null,
  metaDescription: null,
  metaKeywords: null,
  isActive,
  isRoot: parentNodeId === null,
  order: id,
  url: `/en/${id}`,
  parentNodeId,
});
const tree = (
  id: number,
  parentNodeId: number,
  children: CategoryTreeNodeTransfer[] = [],
  isActive = true,
): CategoryTreeNodeTransfer => ({ ...node(id, parentNodeId, isActive), children });
/** The attributes Glue gives a node around the requested one. */
const relative = (id: number, children: unknown[] = [], parents: unknown[] = []) => ({
  nodeId: id,
  name: `Node ${id}`,
  metaTitle: null,
  metaDescription: null,
  metaKeywords: null,
  isActive: true,
  order: id,
  url: `/en/${id}`,
  children,
  parents,
});

describe('toCategoryNodeResource', () => {
  it('nests the subtree in children and the ancestors as a chain in parents, as Glue', () => {
    const resource = toCategoryNodeResource({
      ...node(3, 2),
      parents: [node(2, 1), node(1, null)],
      children: [tree(4, 3, [tree(6, 4)]), tree(5, 3)],
    });
    expect(resource.attributes).toEqual({
      ...relative(3),
      children: [relative(4, [relative(6)]), relative(5)],
      parents: [relative(2, [], [relative(1)])],
    });
  });

  it('leaves out inactive nodes with their subtrees, and skips an inactive ancestor in the chain', () => {
    const resource = toCategoryNodeResource({
      ...node(3, 2),
      parents: [node(2, 1, false), node(1, null)],
      children: [tree(4, 3, [tree(6, 4)], false), tree(5, 3, [tree(7, 5, [], false)])],
    });
    expect(resource.attributes.children).toEqual([relative(5)]);
    expect(resource.attributes.parents).toEqual([relative(1)]);
  });
});
