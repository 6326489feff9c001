import type { GlueRequest } from '../context/glue-request.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { limitExceeded, type GlueRequestLimits } from '../limits/request-limits.js';
import type { GlueResourceIdentifier } from '../resource/glue-resource-object.js';
import type { GlueAnyResourceObject, GlueRelatedResources } from './glue-relationship.js';
import type {
  GlueIncludeNode,
  GlueIncludePlan,
  GlueRelationshipEntry,
} from './glue-relationship.registry.js';
import { IncludeSchedule, type IncludeBatch } from './include.schedule.js';

/** A relationship of one resource as loaded: linkage and where the related resources live. */
export interface GlueRelationshipLinkage {
  /** `one`: at most one identifier; the convention decides whether linkage is an object or an array. */
  readonly cardinality: 'one' | 'many';
  readonly identifiers: readonly GlueResourceIdentifier[];
  /** Path of the related resources' own URL (`links.related`), or `null`. */
  readonly relatedPath: string | null;
}

/** What `include` produced: relationships per resource, and the related resources. */
export interface GlueIncludes {
  /** By resource key (`type:id`), then relationship name. */
  readonly relationships: ReadonlyMap<string, ReadonlyMap<string, GlueRelationshipLinkage>>;
  /** Every related resource once, primary data excluded, in the order first reached. */
  readonly included: readonly GlueAnyResourceObject[];
}

export function resourceKey(resource: GlueResourceIdentifier): string {
  return `${resource.type}:${resource.id}`;
}

/** Where in the requested paths a resource stands: primary data, or a path node it was reached at. */
interface PathPosition {
  readonly children: readonly GlueIncludeNode[];
}

/** A resource of the document as the walk knows it. */
interface Reached {
  readonly resource: GlueAnyResourceObject;
  /** Fewest relationship steps from primary data found so far. */
  depth: number;
  readonly positions: Set<PathPosition>;
  /** The relationships loaded for it, with the related resources. */
  readonly loaded: Map<GlueRelationshipEntry, readonly Reached[]>;
}

/**
 * Loads what `include` asked for, a breadth-first fixpoint over types: a relationship's loader runs
 * once for every resource of its parent type the document holds, and only when nothing still to
 * load can bring more of them (`IncludeSchedule`); so a relationship costs one query whatever the
 * depth its parents were reached at, except inside a cycle of requested relationships
 * (concrete → abstract → concrete), which runs in rounds until no new resource appears. Loaders
 * that are ready together run concurrently; their results are recorded in plan order, so the same
 * request gives the same document (and ETag) however the queries race.
 *
 * What a resource loads: the children of each path node it was reached at, and in Glue mode the
 * relationships the names select on its type (`plan.byType`), while it lies fewer than
 * `maxIncludeDepth` steps from primary data (depth is the fewest steps by any way found; a resource
 * first reached the long way round loads more once a shorter way shows up). Each relationship
 * loads once per resource, so a cycle ends.
 *
 * Loading stops as soon as more than `maxIncludedResources` distinct resources would be included:
 * no loader starts after that, and the request is refused (400, code `4005`).
 */
export async function loadIncludes(
  plan: GlueIncludePlan,
  primary: readonly GlueAnyResourceObject[],
  request: GlueRequest,
  limits: GlueRequestLimits,
): Promise<GlueIncludes> {
  const walk = new IncludeWalk(plan, limits.maxIncludeDepth);
  for (const resource of primary) walk.reachPrimary(resource);
  const counted = new Set<string>();
  let refused = null as GlueHttpException | null;
  /** Counts what a loader reached; the refusal once there are too many. */
  const count = (reached: readonly GlueAnyResourceObject[]): GlueHttpException | null => {
    for (const resource of reached) {
      const key = resourceKey(resource);
      if (!walk.isPrimary(key)) counted.add(key);
    }
    if (counted.size > limits.maxIncludedResources && !refused) {
      refused = GlueHttpException.of(
        limitExceeded(
          limits,
          'maxIncludedResources',
          `include reaches more than ${limits.maxIncludedResources} resources`,
          { parameter: 'include' },
        ),
      );
    }
    return refused;
  };
  for (let batches = walk.nextBatches(); batches.length > 0; batches = walk.nextBatches()) {
    const results = await Promise.all(
      batches.map(async ({ entry, parents }) => {
        if (refused) throw refused;
        const related = await entry.loader.load(parents, request);
        const refusal = count(parents.flatMap((parent) => relatedOf(entry, related, parent)));
        if (refusal) throw refusal;
        return related;
      }),
    );
    batches.forEach(({ entry, parents }, index) => walk.record(entry, parents, results[index] ?? new Map()));
  }
  return walk.result();
}

/** A parent's related resources as loaded, each once; a to-one relationship keeps the first. */
function relatedOf(
  entry: GlueRelationshipEntry,
  related: GlueRelatedResources,
  parent: GlueAnyResourceObject,
): GlueAnyResourceObject[] {
  const unique = new Map<string, GlueAnyResourceObject>();
  for (const resource of related.get(parent.id) ?? []) {
    const key = resourceKey(resource);
    if (!unique.has(key)) unique.set(key, resource);
  }
  const resources = [...unique.values()];
  return entry.cardinality === 'one' ? resources.slice(0, 1) : resources;
}

/** The walk's state: every resource reached, what each still has to load, and what it loaded. */
class IncludeWalk {
  private readonly nodes = new Map<string, Reached>();
  private readonly primaryKeys = new Set<string>();
  private readonly root: PathPosition;
  private readonly schedule: IncludeSchedule;

  constructor(
    private readonly plan: GlueIncludePlan,
    private readonly maxDepth: number,
  ) {
    this.root = { children: plan.paths };
    this.schedule = new IncludeSchedule(plan);
  }

  isPrimary(key: string): boolean {
    return this.primaryKeys.has(key);
  }

  reachPrimary(resource: GlueAnyResourceObject): void {
    const key = resourceKey(resource);
    this.primaryKeys.add(key);
    const node = this.node(resource);
    this.setDepth(node, 0);
    this.addPosition(node, this.root);
  }

  nextBatches(): IncludeBatch[] {
    return this.schedule.takeReady();
  }

  /** What a loader answered for its parents: linkage, and the related resources reached. */
  record(
    entry: GlueRelationshipEntry,
    parents: readonly GlueAnyResourceObject[],
    related: GlueRelatedResources,
  ): void {
    for (const parent of parents) {
      const from = this.nodes.get(resourceKey(parent));
      if (!from) continue;
      const nodes = relatedOf(entry, related, parent).map((resource) => this.node(resource));
      from.loaded.set(entry, nodes);
      const children = [...from.positions].flatMap((position) =>
        position.children.filter((child) => child.relationship === entry),
      );
      for (const node of nodes) {
        this.setDepth(node, from.depth + 1);
        for (const child of children) this.addPosition(node, child);
      }
    }
  }

  result(): GlueIncludes {
    const relationships = new Map<string, Map<string, GlueRelationshipLinkage>>();
    const included: GlueAnyResourceObject[] = [];
    for (const [key, node] of this.nodes) {
      if (!this.primaryKeys.has(key)) included.push(node.resource);
      if (node.loaded.size === 0) continue;
      const linkage = new Map<string, GlueRelationshipLinkage>();
      for (const [entry, related] of node.loaded) {
        linkage.set(entry.name, {
          cardinality: entry.cardinality,
          identifiers: related.map(({ resource: { type, id } }) => ({ type, id })),
          relatedPath: entry.loader.relatedPath?.(node.resource) ?? null,
        });
      }
      relationships.set(key, linkage);
    }
    return { relationships, included };
  }

  /** The walk's node of a resource; the first object seen for a key is the one kept. */
  private node(resource: GlueAnyResourceObject): Reached {
    const key = resourceKey(resource);
    let node = this.nodes.get(key);
    if (!node) {
      node = { resource, depth: Number.POSITIVE_INFINITY, positions: new Set(), loaded: new Map() };
      this.nodes.set(key, node);
    }
    return node;
  }

  /** A shorter way to `node`: it loads what its type's names select, and its related come closer. */
  private setDepth(node: Reached, depth: number): void {
    if (depth >= node.depth) return;
    node.depth = depth;
    if (depth < this.maxDepth) {
      for (const entry of this.plan.byType.get(node.resource.type) ?? []) this.demand(entry, node);
    }
    for (const related of node.loaded.values()) {
      for (const each of related) this.setDepth(each, depth + 1);
    }
  }

  /** `node` stands at a path node too: it loads that node's children, or passes them on. */
  private addPosition(node: Reached, position: PathPosition): void {
    if (node.positions.has(position)) return;
    node.positions.add(position);
    for (const child of position.children) {
      const loaded = node.loaded.get(child.relationship);
      if (!loaded) {
        this.demand(child.relationship, node);
        continue;
      }
      for (const each of loaded) this.addPosition(each, child);
    }
  }

  private demand(entry: GlueRelationshipEntry, node: Reached): void {
    if (node.loaded.has(entry)) return;
    this.schedule.demand(entry, resourceKey(node.resource), node.resource);
  }
}
