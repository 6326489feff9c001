import type { GlueRequest } from '../context/glue-request.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { limitExceeded, type GlueRequestLimits } from '../limits/request-limits.js';
import type { GlueResourceIdentifier } from '../resource/glue-resource-object.js';
import type { GlueAnyResourceObject, GlueRelatedResources } from './glue-relationship.js';
import type { GlueIncludeNode } from './glue-relationship.registry.js';

/** A relationship of one resource as loaded: linkage and where the related resources live. */
export interface GlueRelationshipLinkage {
  readonly data: readonly GlueResourceIdentifier[] | GlueResourceIdentifier | null;
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

interface LoadedNode {
  readonly node: GlueIncludeNode;
  readonly parents: readonly GlueAnyResourceObject[];
  readonly related: GlueRelatedResources;
  readonly children: readonly LoadedNode[];
}

/**
 * Walks the include tree level by level: each node's loader runs once, for every parent reached on
 * that path (so one query per relationship path whatever the page size); sibling paths load
 * concurrently. The result is assembled in request order, so the same request gives the same
 * document (and ETag) however the queries race.
 *
 * Loading stops as soon as more than `maxIncludedResources` distinct resources
 * would be included: no loader starts after that, and the request is refused (400, code `4005`).
 */
export async function loadIncludes(
  tree: readonly GlueIncludeNode[],
  primary: readonly GlueAnyResourceObject[],
  request: GlueRequest,
  limits: GlueRequestLimits,
): Promise<GlueIncludes> {
  const primaryKeys = new Set(primary.map(resourceKey));
  const reachedKeys = new Set<string>();
  const maxIncluded = limits.maxIncludedResources;
  // Set by the first loader that reaches too many; every loader after it stops.
  let refused = null as GlueHttpException | null;
  /** Counts what a loader reached; the refusal once there are too many. */
  const count = (reached: readonly GlueAnyResourceObject[]): GlueHttpException | null => {
    for (const resource of reached) {
      const key = resourceKey(resource);
      if (!primaryKeys.has(key)) reachedKeys.add(key);
    }
    if (reachedKeys.size > maxIncluded && !refused) {
      refused = GlueHttpException.of(
        limitExceeded(limits, 'maxIncludedResources', `include reaches more than ${maxIncluded} resources`, {
          parameter: 'include',
        }),
      );
    }
    return refused;
  };
  const walk = (
    nodes: readonly GlueIncludeNode[],
    parents: readonly GlueAnyResourceObject[],
  ): Promise<LoadedNode[]> =>
    Promise.all(
      nodes.map(async (node) => {
        if (refused) throw refused;
        const related = await node.relationship.loader.load(parents, request);
        const reached = uniqueResources(parents.flatMap((parent) => related.get(parent.id) ?? []));
        const refusal = count(reached);
        if (refusal) throw refusal;
        const children =
          node.children.length > 0 && reached.length > 0 ? await walk(node.children, reached) : [];
        return { node, parents, related, children };
      }),
    );

  const relationships = new Map<string, Map<string, GlueRelationshipLinkage>>();
  const included = new Map<string, GlueAnyResourceObject>();
  const assemble = (loaded: readonly LoadedNode[]): void => {
    for (const { node, parents, related, children } of loaded) {
      const { name, cardinality, loader } = node.relationship;
      for (const parent of parents) {
        const resources = related.get(parent.id) ?? [];
        const identifiers = resources.map(({ type, id }) => ({ type, id }));
        const parentKey = resourceKey(parent);
        const ofParent = relationships.get(parentKey) ?? new Map<string, GlueRelationshipLinkage>();
        ofParent.set(name, {
          data: cardinality === 'one' ? (identifiers[0] ?? null) : identifiers,
          relatedPath: loader.relatedPath?.(parent) ?? null,
        });
        relationships.set(parentKey, ofParent);
        for (const resource of resources) {
          const key = resourceKey(resource);
          if (!primaryKeys.has(key) && !included.has(key)) included.set(key, resource);
        }
      }
      assemble(children);
    }
  };
  assemble(await walk(tree, uniqueResources(primary)));
  return { relationships, included: [...included.values()] };
}

function uniqueResources(resources: readonly GlueAnyResourceObject[]): GlueAnyResourceObject[] {
  const unique = new Map<string, GlueAnyResourceObject>();
  for (const resource of resources) {
    const key = resourceKey(resource);
    if (!unique.has(key)) unique.set(key, resource);
  }
  return [...unique.values()];
}
