/** A node of the category tree in one locale; localized fields are null when the locale has no row. */
export interface CategoryNodeTransfer {
  readonly idCategoryNode: number;
  readonly categoryKey: string;
  readonly name: string | null;
  readonly metaTitle: string | null;
  readonly metaDescription: string | null;
  readonly metaKeywords: string | null;
  readonly isActive: boolean;
  readonly isRoot: boolean;
  readonly order: number;
  readonly url: string | null;
  readonly parentNodeId: number | null;
}

export interface CategoryTreeNodeTransfer extends CategoryNodeTransfer {
  /** Ordered by node order, then id. */
  readonly children: readonly CategoryTreeNodeTransfer[];
}

/** A node with the nodes around it, as a category page (breadcrumb and sub-navigation) needs them. */
export interface CategoryNodeDetailTransfer extends CategoryNodeTransfer {
  /** The ancestors, nearest first: parent, grandparent, … root. */
  readonly parents: readonly CategoryNodeTransfer[];
  /** The children, each with its own nested; siblings ordered by node order, then id. */
  readonly children: readonly CategoryTreeNodeTransfer[];
}
