import type { GlueAnyResourceObject } from './glue-relationship.js';
import type {
  GlueIncludeNode,
  GlueIncludePlan,
  GlueRelationshipEntry,
} from './glue-relationship.registry.js';

/** One loader call: a relationship and every parent waiting for it. */
export interface IncludeBatch {
  readonly entry: GlueRelationshipEntry;
  readonly parents: GlueAnyResourceObject[];
}

/**
 * When each relationship of an include plan loads. Parents wait per relationship; a relationship
 * is ready when no other waiting relationship can still bring it parents: none leads to it through
 * the plan (a relationship leads to the children of the path nodes it stands at, and to what the
 * names select on its related type), so its loader runs once for all of them. A relationship in a
 * cycle (concrete → abstract → concrete) cannot wait for the cycle to finish: it is ready as soon
 * as nothing outside its cycle can still bring it parents, and the cycle runs in rounds. There is
 * always a ready relationship while any waits (every waiting one of the first strongly connected
 * component, in topological order, that has any). Each relationship loads once per parent, ever.
 */
export class IncludeSchedule {
  /** Relationships of the plan, each once, in plan order (paths first, then by type). */
  private readonly entries: readonly GlueRelationshipEntry[];
  /** The relationships each one leads to through one or more steps of the plan. */
  private readonly reach = new Map<GlueRelationshipEntry, Set<GlueRelationshipEntry>>();
  private readonly waiting = new Map<GlueRelationshipEntry, Map<string, GlueAnyResourceObject>>();
  private readonly requested = new Map<GlueRelationshipEntry, Set<string>>();

  constructor(plan: GlueIncludePlan) {
    const next = new Map<GlueRelationshipEntry, Set<GlueRelationshipEntry>>();
    const follow = (entry: GlueRelationshipEntry, more: readonly GlueRelationshipEntry[]): void => {
      const known = next.get(entry) ?? new Set<GlueRelationshipEntry>();
      for (const each of more) known.add(each);
      next.set(entry, known);
    };
    const addPaths = (nodes: readonly GlueIncludeNode[]): void => {
      for (const node of nodes) {
        follow(
          node.relationship,
          node.children.map((child) => child.relationship),
        );
        addPaths(node.children);
      }
    };
    addPaths(plan.paths);
    for (const selected of plan.byType.values()) for (const entry of selected) follow(entry, []);
    this.entries = [...next.keys()];
    for (const entry of this.entries) follow(entry, plan.byType.get(entry.relatedType) ?? []);
    for (const entry of this.entries) {
      const seen = new Set<GlueRelationshipEntry>();
      const stack = [...(next.get(entry) ?? [])];
      for (let each = stack.pop(); each !== undefined; each = stack.pop()) {
        if (seen.has(each)) continue;
        seen.add(each);
        stack.push(...(next.get(each) ?? []));
      }
      this.reach.set(entry, seen);
    }
  }

  /** `parent` (by `key`) needs `entry` loaded; once per pair, however often it is asked. */
  demand(entry: GlueRelationshipEntry, key: string, parent: GlueAnyResourceObject): void {
    const requested = this.requested.get(entry) ?? new Set<string>();
    if (requested.has(key)) return;
    this.requested.set(entry, requested.add(key));
    const waiting = this.waiting.get(entry) ?? new Map<string, GlueAnyResourceObject>();
    this.waiting.set(entry, waiting.set(key, parent));
  }

  /** The relationships ready to load, in plan order, with their parents; they wait no more. */
  takeReady(): IncludeBatch[] {
    const waiting = this.entries.filter((entry) => (this.waiting.get(entry)?.size ?? 0) > 0);
    const ready = waiting.filter((entry) =>
      waiting.every((other) => other === entry || !this.blocks(other, entry)),
    );
    return ready.map((entry) => {
      const parents = [...(this.waiting.get(entry)?.values() ?? [])];
      this.waiting.delete(entry);
      return { entry, parents };
    });
  }

  /** Whether waiting `other` may still bring parents to `entry`, which then has to wait for it. */
  private blocks(other: GlueRelationshipEntry, entry: GlueRelationshipEntry): boolean {
    if (!this.leads(other, entry)) return false;
    // Inside one cycle nobody waits for anybody: the cycle runs in rounds.
    return !(this.leads(entry, entry) && this.leads(entry, other));
  }

  private leads(from: GlueRelationshipEntry, to: GlueRelationshipEntry): boolean {
    return this.reach.get(from)?.has(to) ?? false;
  }
}
