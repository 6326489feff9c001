import { Inject, Injectable, RequestMethod, type OnApplicationBootstrap } from '@nestjs/common';
import { HEADERS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { routeAccess, type RouteAccess } from '../auth/route-access.js';
import { GlueConventionRegistry } from '../convention/glue-convention.registry.js';
import {
  DEFAULT_PUBLIC_CACHE_MAX_AGE_SECONDS,
  GLUE_PUBLIC_CACHE_METADATA,
  publicCacheControl,
  type PublicCacheOptions,
} from '../http/cache-control.js';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import {
  GLUE_COLLECTION_QUERY_METADATA,
  GLUE_RESOURCE_METADATA,
  GLUE_RESOURCE_QUERY_METADATA,
  type CollectionQueryOptions,
  type GlueResourceDefinition,
  type ResourceQueryOptions,
} from '../resource/glue-resource.decorator.js';

/** A route as its controller declares it. */
export interface GlueRoute {
  /** `GET`, `POST`, … (`ALL` for `@All()`). */
  readonly method: string;
  /** Express-style path with a leading slash (`/abstract-products/:sku`). */
  readonly path: string;
  readonly controller: new (...args: never[]) => unknown;
  readonly handlerName: string;
  readonly handler: (...args: never[]) => unknown;
  /** The Glue resource the route belongs to; `null` for a plain Nest controller. */
  readonly resource: GlueResourceDefinition | null;
  /** The collection query the route declares, for collection reads. */
  readonly collection: CollectionQueryOptions | null;
  /** The query parameters the route reads itself (`@ResourceQuery`). */
  readonly resourceQuery: ResourceQueryOptions | null;
  /** `@PublicCache()`: anonymous 200s may be kept by shared caches; `null` for `no-store`. */
  readonly publicCache: PublicCacheOptions | null;
  readonly access: RouteAccess;
}

interface MatchableRoute {
  readonly pattern: RegExp;
  readonly method: string;
  readonly route: GlueRoute;
}

/**
 * The application's routes as declared by its controllers. It tells routing misses apart (unknown
 * path: 404; known path with another method: 405 with `Allow`), knows every resource type the
 * application serves (sparse fieldsets are checked against them), and feeds the OpenAPI document.
 *
 * It also refuses to start an application with a route that declares neither `@Public()` nor
 * `@Scopes(…)` (access is decided where the route is written, never by forgetting), with a
 * resource that names a convention the application does not register, or with a resource route
 * that sets `Cache-Control` itself or declares `@PublicCache()` on anything but `GET` (caching is
 * decided in one place, response formatting).
 */
@Injectable()
export class RouteTable implements OnApplicationBootstrap {
  private matchable: readonly MatchableRoute[] = [];
  private declared: readonly GlueRoute[] = [];
  private types: ReadonlyMap<string, GlueResourceDefinition> = new Map();
  private cacheControls: ReadonlyMap<object, string> = new Map();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly conventions: GlueConventionRegistry,
    @Inject(GLUE_APPLICATION_OPTIONS) private readonly options: GlueApplicationOptions,
  ) {}

  onApplicationBootstrap(): void {
    const routes: GlueRoute[] = [];
    const undeclared: string[] = [];
    const miscached: string[] = [];
    const types = new Map<string, GlueResourceDefinition>();
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const resource =
        (Reflect.getMetadata(GLUE_RESOURCE_METADATA, controller) as GlueResourceDefinition | undefined) ??
        null;
      if (resource) {
        // A convention the application does not register is a start-up error, not a 500 later.
        this.conventions.select(resource.conventions, `Resource "${resource.type}"`);
        const known = types.get(resource.type);
        if (!known || (!known.attributes && resource.attributes)) types.set(resource.type, resource);
      }
      const prototype = controller.prototype as Record<string, unknown>;
      const base = paths(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (methodPaths === undefined || method === undefined) continue;
        const access = routeAccess(controller, handler);
        const collection =
          (Reflect.getMetadata(GLUE_COLLECTION_QUERY_METADATA, handler) as
            CollectionQueryOptions | undefined) ?? null;
        const resourceQuery =
          (Reflect.getMetadata(GLUE_RESOURCE_QUERY_METADATA, handler) as ResourceQueryOptions | undefined) ??
          null;
        const publicCache =
          (Reflect.getMetadata(GLUE_PUBLIC_CACHE_METADATA, handler) as PublicCacheOptions | undefined) ??
          null;
        if (resource && !cachingIsDeclarative(handler, method, publicCache)) {
          miscached.push(`${controller.name}.${name}`);
        }
        for (const prefix of base) {
          for (const path of paths(methodPaths)) {
            routes.push({
              method: RequestMethod[method],
              path: normalisePath(`${prefix}/${path}`),
              controller,
              handlerName: name,
              handler: handler as (...args: never[]) => unknown,
              resource,
              collection,
              resourceQuery,
              publicCache,
              access,
            });
          }
        }
        if (!access.declared) undeclared.push(`${controller.name}.${name}`);
      }
    }
    if (undeclared.length > 0) {
      throw new Error(
        `Every route must declare @Public() or @Scopes(…); these declare neither: ${undeclared.join(', ')}.`,
      );
    }
    if (miscached.length > 0) {
      throw new Error(
        `Glue resources declare caching with @PublicCache() on GET routes only, never with @Header('Cache-Control', …): ${miscached.join(', ')}.`,
      );
    }
    this.declared = routes;
    this.types = types;
    const maxAgeSeconds = this.options.publicCacheMaxAgeSeconds ?? DEFAULT_PUBLIC_CACHE_MAX_AGE_SECONDS;
    this.cacheControls = new Map(
      routes.flatMap((route) =>
        route.publicCache
          ? [[route.handler, publicCacheControl(route.publicCache, maxAgeSeconds)] as const]
          : [],
      ),
    );
    this.matchable = routes.map((route) => ({ pattern: toPattern(route.path), method: route.method, route }));
  }

  /** A handler's `public, max-age=N` (its `@PublicCache()`), or `null` for one that declares none. */
  publicCacheControl(handler: object): string | null {
    return this.cacheControls.get(handler) ?? null;
  }

  /** Every route, in declaration order. */
  get routes(): readonly GlueRoute[] {
    return this.declared;
  }

  /** The resource that serves `type` (the one that declares its attributes, when several do). */
  resourceType(type: string): GlueResourceDefinition | undefined {
    return this.types.get(type);
  }

  /**
   * The route that serves `method` on `path` (HEAD: the GET route), or `undefined`. For errors
   * raised before routing (`bounds` to `store`, a routing miss), so that they can speak the route's conventions.
   */
  routeFor(method: string, path: string): GlueRoute | undefined {
    const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const wanted = method === 'HEAD' ? 'GET' : method;
    return this.matchable.find(
      (candidate) =>
        (candidate.method === wanted || candidate.method === 'ALL') && candidate.pattern.test(normalised),
    )?.route;
  }

  /** Methods that routes declare for this path; empty when no route knows the path. */
  allowedMethods(path: string): string[] {
    const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const methods = new Set<string>();
    for (const route of this.matchable) {
      if (!route.pattern.test(normalised)) continue;
      if (route.method === 'ALL') return ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
      methods.add(route.method);
      if (route.method === 'GET') methods.add('HEAD');
    }
    if (methods.size > 0) methods.add('OPTIONS');
    return [...methods].sort();
  }
}

/** No `@Header('Cache-Control', …)`, and `@PublicCache()` only on a `GET`. */
function cachingIsDeclarative(
  handler: object,
  method: RequestMethod,
  publicCache: PublicCacheOptions | null,
): boolean {
  const headers = (Reflect.getMetadata(HEADERS_METADATA, handler) ?? []) as readonly { name: string }[];
  if (headers.some((header) => header.name.toLowerCase() === 'cache-control')) return false;
  return publicCache === null || method === RequestMethod.GET;
}

function paths(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : ''];
}

function normalisePath(path: string): string {
  return `/${path
    .split('/')
    .filter((segment) => segment !== '')
    .join('/')}`;
}

function toPattern(path: string): RegExp {
  const segments = path.split('/').filter((segment) => segment !== '');
  const source = segments
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^/${source}$`);
}
