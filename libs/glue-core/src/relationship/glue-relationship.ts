import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { GlueRequest } from '../context/glue-request.js';
import type { GlueResourceObject } from '../resource/glue-resource-object.js';

export const GLUE_RELATIONSHIP_METADATA = 'glue:relationship';

export interface GlueRelationshipOptions {
  /** Type of the resources the relationship belongs to (`abstract-products`). */
  readonly parentType: string;
  /** Type of the related resources (`concrete-products`). */
  readonly relatedType: string;
  /**
   * Name in `include` and in `relationships`. Defaults to the related type, so that Glue clients
   * that include by type name keep working.
   */
  readonly name?: string;
  /** `many` (the default): linkage is an array; `one`: an identifier or `null`. */
  readonly cardinality?: 'one' | 'many';
}

export interface GlueRelationshipDefinition {
  readonly parentType: string;
  readonly relatedType: string;
  readonly name: string;
  readonly cardinality: 'one' | 'many';
}

/** A resource of any attribute shape, as relationships pass them around. */
export type GlueAnyResourceObject = GlueResourceObject<object>;

/** Related resources by parent id; a parent with none may be missing from the map. */
export type GlueRelatedResources = ReadonlyMap<string, readonly GlueAnyResourceObject[]>;

/**
 * Loads one relationship for a whole set of parents at once: one query per relationship path,
 * whatever the page size. Parents are resources as their controllers (or another loader) built
 * them, `source` included, so a loader can batch on internal keys without looking them up again.
 */
export interface GlueRelationshipLoader<TParent extends GlueAnyResourceObject = GlueAnyResourceObject> {
  load(parents: readonly TParent[], request: GlueRequest): Promise<GlueRelatedResources>;
  /** The URL path of a parent's related resources (`links.related`), when they have one. */
  relatedPath?(parent: TParent): string | null;
}

/**
 * Declares a provider as the loader of a relationship. An application serves a relationship when it
 * imports the module that provides the loader, exactly as it serves a resource; two loaders for the
 * same parent type and name stop the application at start.
 */
export function GlueRelationship(options: GlueRelationshipOptions): ClassDecorator {
  const definition: GlueRelationshipDefinition = {
    parentType: options.parentType,
    relatedType: options.relatedType,
    name: options.name ?? options.relatedType,
    cardinality: options.cardinality ?? 'many',
  };
  return applyDecorators(Injectable(), SetMetadata(GLUE_RELATIONSHIP_METADATA, definition));
}

/**
 * The `source` of each parent, for loaders that batch on internal keys. A parent built without one
 * is a wiring error of the resource that built it (500), never the client's.
 */
export function parentSources<TSource>(
  parents: readonly GlueResourceObject<object, TSource>[],
  relationship: string,
): TSource[] {
  return parents.map((parent) => {
    if (parent.source === undefined) {
      throw new Error(`${parent.type} "${parent.id}" has no source; relationship ${relationship} needs it.`);
    }
    return parent.source;
  });
}
