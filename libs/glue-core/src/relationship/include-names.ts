import type { GlueRelationshipDefinition } from './glue-relationship.js';

/**
 * Glue mode's reading of the names in `include` (contract §9): by parent type, the relationships
 * the walk loads on every resource of that type in the document, for the types it can reach from
 * `primaryType` and `startTypes` (those the dotted paths reach).
 *
 * A name selects the relationships of that name or to that type, wherever they are. A named type
 * the primary data does not relate to directly is reached the shortest way through the
 * relationship graph: `include=category-nodes` on `concrete-products` also selects
 * `concrete-products → abstract-products`, so the category nodes of a concrete product's abstract
 * product are included, and linked (full linkage). Only the shortest ways: naming
 * `concrete-product-prices` on a concrete product does not pull its siblings in through its
 * abstract product. A name that selects nothing is ignored.
 */
export function selectByType<TEntry extends GlueRelationshipDefinition>(
  primaryType: string,
  startTypes: readonly string[],
  names: ReadonlySet<string>,
  all: readonly TEntry[],
): Map<string, readonly TEntry[]> {
  const named = all.filter((entry) => names.has(entry.name) || names.has(entry.relatedType));
  const fromPrimary = distances(primaryType, all, 'forward');
  const onShortestWay = new Set<TEntry>();
  for (const target of new Set(named.map((entry) => entry.relatedType))) {
    const total = fromPrimary.get(target);
    if (total === undefined || total < 2) continue;
    const toTarget = distances(target, all, 'backward');
    for (const entry of all) {
      const before = fromPrimary.get(entry.parentType);
      const after = toTarget.get(entry.relatedType);
      if (before !== undefined && after !== undefined && before + 1 + after === total) {
        onShortestWay.add(entry);
      }
    }
  }
  const selected = all.filter((entry) => onShortestWay.has(entry) || named.includes(entry));
  const byType = new Map<string, readonly TEntry[]>();
  // Breadth-first over types: each type once, whatever the number of ways to reach it.
  const queue = [...new Set([primaryType, ...startTypes])];
  const seen = new Set(queue);
  for (let type = queue.shift(); type !== undefined; type = queue.shift()) {
    const ofType = selected.filter((entry) => entry.parentType === type);
    if (ofType.length > 0) byType.set(type, ofType);
    for (const { relatedType } of ofType) {
      if (seen.has(relatedType)) continue;
      seen.add(relatedType);
      queue.push(relatedType);
    }
  }
  return byType;
}

/** Relationship steps from `origin` to every type (`forward`), or from every type to it (`backward`). */
function distances(
  origin: string,
  all: readonly GlueRelationshipDefinition[],
  direction: 'forward' | 'backward',
): Map<string, number> {
  const distance = new Map([[origin, 0]]);
  const queue = [origin];
  for (let type = queue.shift(); type !== undefined; type = queue.shift()) {
    const steps = distance.get(type) ?? 0;
    for (const entry of all) {
      const [from, to] =
        direction === 'forward'
          ? [entry.parentType, entry.relatedType]
          : [entry.relatedType, entry.parentType];
      if (from !== type || distance.has(to)) continue;
      distance.set(to, steps + 1);
      queue.push(to);
    }
  }
  return distance;
}
