import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { GlueHttpException } from '../errors/glue-http.exception.js';
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

/**
 * The relationships of one application, found at start among its providers (`@GlueRelationship`).
 * Turns `include` paths into a tree of loaders, refusing any path the application does not serve.
 */
@Injectable()
export class GlueRelationshipRegistry implements OnApplicationBootstrap {
  private byParent = new Map<string, ReadonlyMap<string, GlueRelationshipEntry>>();

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
  }

  /** The relationships of a type, by name. */
  relationshipsOf(type: string): ReadonlyMap<string, GlueRelationshipEntry> {
    return this.byParent.get(type) ?? new Map();
  }

  /** Every relationship the application serves. */
  all(): readonly GlueRelationshipEntry[] {
    return [...this.byParent.values()].flatMap((names) => [...names.values()]);
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
   * The loaders for `include=a,b.c` on resources of `type`, as a tree (shared prefixes load once).
   * An unknown step is 400 with `source.parameter: include`.
   */
  includeTree(type: string, paths: readonly string[]): readonly GlueIncludeNode[] {
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
