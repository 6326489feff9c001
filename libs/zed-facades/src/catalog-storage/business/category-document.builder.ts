import type { SourceCategoryNodeRow } from '../persistence/category-source.reader.js';
import type { SourceStoreRow } from '../persistence/catalog-source.reader.js';
import type {
  StoredCategoryNode,
  StoredCategoryNodeDetail,
  StoredCategoryTree,
  StoredCategoryTreeNode,
  StoredUrlTarget,
} from '../transfer/catalog-documents.js';
import { CATEGORY_REFERENCE, storageKeys, StorageResource, type StorageEntry } from './storage-keys.js';

/** Deeper than any real category tree; stops the walk up should the data ever hold a cycle. */
const MAX_DEPTH = 64;

/**
 * The category tree of every store and locale, and each node with its ancestors and subtree (inactive
 * nodes included, as the category reader gives them: the resources hide them).
 */
export function buildCategoryDocuments(
  stores: readonly SourceStoreRow[],
  rows: readonly SourceCategoryNodeRow[],
): StorageEntry[] {
  const byLocale = new Map<string, StoredCategoryNode[]>();
  for (const row of rows) {
    const nodes = byLocale.get(row.locale) ?? [];
    nodes.push(toNode(row));
    byLocale.set(row.locale, nodes);
  }
  const entries: StorageEntry[] = [];
  for (const store of stores) {
    for (const locale of store.locales) {
      const nodes = byLocale.get(locale) ?? [];
      const tree = buildTree(nodes);
      const document: StoredCategoryTree = { roots: tree.roots };
      entries.push(
        entry(
          StorageResource.CategoryTree,
          storageKeys.categoryTree(store.store, locale),
          store.store,
          locale,
          document,
        ),
      );
      const byId = new Map(nodes.map((node) => [node.idCategoryNode, node]));
      for (const node of nodes) {
        const detail: StoredCategoryNodeDetail = {
          ...node,
          parents: ancestorsOf(node, byId),
          children: tree.childrenOf(node.idCategoryNode),
        };
        const key = storageKeys.categoryNode(store.store, locale, node.idCategoryNode);
        entries.push(entry(StorageResource.CategoryNode, key, store.store, locale, detail));
      }
    }
  }
  return [...entries, ...categoryUrlEntries(rows)];
}

/** The shop URLs of active categories, each to the category's first node. */
function categoryUrlEntries(rows: readonly SourceCategoryNodeRow[]): StorageEntry[] {
  const firstNode = new Map<string, { readonly locale: string; readonly id: number }>();
  for (const row of rows) {
    if (!row.is_active || row.url === null) continue;
    const known = firstNode.get(row.url);
    if (!known || row.id_category_node < known.id) {
      firstNode.set(row.url, { locale: row.locale, id: row.id_category_node });
    }
  }
  return [...firstNode].map(([url, node]) => {
    const target: StoredUrlTarget = { entityType: 'category-node', idCategoryNode: node.id };
    const key = storageKeys.categoryUrl(url);
    return {
      key,
      resource: StorageResource.CategoryUrl,
      reference: CATEGORY_REFERENCE,
      store: null,
      locale: node.locale,
      document: target,
    };
  });
}

function entry(
  resource: StorageResource,
  key: string,
  store: string,
  locale: string,
  document: object,
): StorageEntry {
  return { key, resource, reference: CATEGORY_REFERENCE, store, locale, document };
}

/** Nests nodes (already in sibling order) under their parents; nodes without a known parent are roots. */
function buildTree(nodes: readonly StoredCategoryNode[]): {
  readonly roots: readonly StoredCategoryTreeNode[];
  readonly childrenOf: (id: number) => readonly StoredCategoryTreeNode[];
} {
  const ids = new Set(nodes.map((node) => node.idCategoryNode));
  const childrenByParent = new Map<number | null, StoredCategoryNode[]>();
  for (const node of nodes) {
    const parent = node.parentNodeId !== null && ids.has(node.parentNodeId) ? node.parentNodeId : null;
    const siblings = childrenByParent.get(parent) ?? [];
    siblings.push(node);
    childrenByParent.set(parent, siblings);
  }
  const nested = new Map<number, StoredCategoryTreeNode>();
  const nest = (node: StoredCategoryNode, depth: number): StoredCategoryTreeNode => {
    const done = nested.get(node.idCategoryNode);
    if (done) return done;
    const children =
      depth < MAX_DEPTH
        ? (childrenByParent.get(node.idCategoryNode) ?? []).map((child) => nest(child, depth + 1))
        : [];
    const tree = { ...node, children };
    nested.set(node.idCategoryNode, tree);
    return tree;
  };
  const roots = (childrenByParent.get(null) ?? []).map((root) => nest(root, 0));
  return {
    roots,
    childrenOf: (id) => (childrenByParent.get(id) ?? []).map((child) => nest(child, 1)),
  };
}

/** The node's ancestors, nearest first. */
function ancestorsOf(
  node: StoredCategoryNode,
  byId: ReadonlyMap<number, StoredCategoryNode>,
): StoredCategoryNode[] {
  const parents: StoredCategoryNode[] = [];
  let parentId = node.parentNodeId;
  while (parentId !== null && parents.length < MAX_DEPTH) {
    const parent = byId.get(parentId);
    if (!parent) break;
    parents.push(parent);
    parentId = parent.parentNodeId;
  }
  return parents;
}

function toNode(row: SourceCategoryNodeRow): StoredCategoryNode {
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
