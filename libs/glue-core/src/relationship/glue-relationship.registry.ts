import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { selectByType } from './include-names.js';
import {
  GLUE_RELATIONSHIP_METADATA,
  type GlueRelationshipDefinition,
  type GlueRelationshipLoader,
} from './glue-relationship.js';

/** A relationship the application serves: what it is and who loads it. */
export interface GlueRelationshipEntry extends GlueRelationshipDefinition {
  readonly loader: GlueRelationshipLoader;
}

/** One step of a requested `include` path, with the steps requested below it. */
export interface GlueIncludeNode {
  readonly relationship: GlueRelationshipEntry;
  readonly children: readonly GlueIncludeNode[];
}

/** What `include` asks the `format` step to load (`loadIncludes`). */
export interface GlueIncludePlan {
  /** Relationship paths from primary data, shared prefixes once (Glue mode: the dotted ones). */
  readonly paths: readonly GlueIncludeNode[];
  /**
   * Glue mode: by parent type, the relationships the names of `include` select on every resource of
   * that type anywhere in the document (`selectByType`); only types the walk can reach are listed.
   * Empty in strict mode.
   */
  readonly byType: ReadonlyMap<string, readonly GlueRelationshipEntry[]>;
}

/**
 * The relationships of one application, found at start among its providers (`@GlueRelationship`).
 * Turns `include` into a plan of loaders: strict JSON:API, relationship paths from primary data,
 * refusing any path the application does not serve; Glue mode, names resolved by type at any depth,
 * ignoring what matches nothing (contract §4, §9).
 */
@Injectable()
export class GlueRelationshipRegistry implements OnApplicationBootstrap {
  private byParent = new Map<string, ReadonlyMap<string, GlueRelationshipEntry>>();
  /** `byParent` flattened once at registration: Glue-mode `include` reads it on every request. */
  private entries: readonly GlueRelationshipEntry[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const entries: GlueRelationshipEntry[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const metatype = wrapper.metatype as (new (...args: never[]) => unknown) | null | undefined;
      if (!metatype || !wrapper.instance || typeof metatype !== 'function') continue;
      const definition = Reflect.getMetadata(GLUE_RELATIONSHIP_METADATA, metatype) as
        GlueRelationshipDefinition | undefined;
      if (definition) entries.push({ ...definition, loader: wrapper.instance as GlueRelationshipLoader });
    }
    this.register(entries);
  }

  /** Replaces the relationships (tests and applications built by hand); duplicates are an error. */
  register(entries: readonly GlueRelationshipEntry[]): void {
    const byParent = new Map<string, Map<string, GlueRelationshipEntry>>();
    for (const entry of entries) {
      const names = byParent.get(entry.parentType) ?? new Map<string, GlueRelationshipEntry>();
      if (names.has(entry.name)) {
        throw new Error(`Relationship "${entry.name}" of "${entry.parentType}" is registered twice.`);
      }
      names.set(entry.name, entry);
      byParent.set(entry.parentType, names);
    }
    this.byParent = byParent;
    this.entries = [...byParent.values()].flatMap((names) => [...names.values()]);
  }

  /** The relationships of a type, by name. */
  relationshipsOf(type: string): ReadonlyMap<string, GlueRelationshipEntry> {
    return this.byParent.get(type) ?? new Map();
  }

  /** Every relationship the application serves. */
  all(): readonly GlueRelationshipEntry[] {
    return this.entries;
  }

  /**
   * Every longest include path of `type` at most `depth` levels deep (`a.b.c`, not also `a` and
   * `a.b`): together the biggest `include` a request may ask for within that depth.
   */
  includePaths(type: string, depth: number): string[] {
    if (depth < 1) return [];
    return [...this.relationshipsOf(type).values()].flatMap((relationship) => {
      const deeper = this.includePaths(relationship.relatedType, depth - 1);
      return deeper.length > 0 ? deeper.map((path) => `${relationship.name}.${path}`) : [relationship.name];
    });
  }

  /**
   * The plan for `include` on resources of `type`, or `null` when it selects nothing to load.
   * Strict (`glueCompatibility` off): every item is a relationship path (`includeTree`), an unknown
   * one is 400. Glue mode: a dotted item is a path as in strict mode, but an unknown step ends it
   * instead of refusing it; a plain name selects relationships by type at any depth, and those on
   * the shortest way to its type (`selectByType`). A name that selects nothing anywhere is ignored.
   */
  includePlan(type: string, include: readonly string[], glueCompatibility: boolean): GlueIncludePlan | null {
    if (!glueCompatibility) {
      const paths = this.includeTree(type, include);
      return paths.length > 0 ? { paths, byType: new Map() } : null;
    }
    const paths = this.includeTree(
      type,
      include.filter((item) => item.includes('.')),
      true,
    );
    const names = new Set(include.filter((item) => !item.includes('.')));
    const byType = selectByType(type, pathTypes(paths), names, this.all());
    return paths.length > 0 || byType.size > 0 ? { paths, byType } : null;
  }

  /**
   * The loaders for `include=a,b.c` on resources of `type`, as a tree (shared prefixes load once).
   * An unknown step is 400 with `source.parameter: include`; `lenient` (Glue mode), it ends its path
   * there instead, keeping the steps before it.
   */
  includeTree(type: string, paths: readonly string[], lenient = false): readonly GlueIncludeNode[] {
    interface MutableNode {
      readonly relationship: GlueRelationshipEntry;
      readonly children: Map<string, MutableNode>;
    }
    const roots = new Map<string, MutableNode>();
    for (const path of paths) {
      let parentType = type;
      let level = roots;
      for (const name of path.split('.')) {
        const relationship = this.relationshipsOf(parentType).get(name);
        if (!relationship && lenient) break;
        if (!relationship) {
          const known = [...this.relationshipsOf(parentType).keys()];
          const hint = known.length > 0 ? ` Available: ${known.join(', ')}.` : '';
          throw GlueHttpException.invalidParameter(
            'include',
            `"${path}" is not a relationship path of ${type}: ${parentType} has no relationship "${name}".${hint}`,
          );
        }
        let node = level.get(name);
        if (!node) {
          node = { relationship, children: new Map() };
          level.set(name, node);
        }
        parentType = relationship.relatedType;
        level = node.children;
      }
    }
    const freeze = (level: Map<string, MutableNode>): GlueIncludeNode[] =>
      [...level.values()].map((node) => ({
        relationship: node.relationship,
        children: freeze(node.children),
      }));
    return freeze(roots);
  }
}

/** The types a tree of include paths reaches. */
function pathTypes(nodes: readonly GlueIncludeNode[]): string[] {
  return nodes.flatMap((node) => [node.relationship.relatedType, ...pathTypes(node.children)]);
}
