import { Injectable, RequestMethod, type OnApplicationBootstrap } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { routeAccess } from '../auth/route-access.js';
import { GlueConventionRegistry } from '../convention/glue-convention.registry.js';
import { GLUE_RESOURCE_METADATA, type GlueResourceDefinition } from '../resource/glue-resource.decorator.js';

interface Route {
  readonly pattern: RegExp;
  readonly method: string;
}

/**
 * The application's routes as declared by its controllers, so that a request no route matched can
 * be told apart: unknown path (404) or known path with another method (405 with `Allow`).
 *
 * It also refuses to start an application with a route that declares neither `@Public()` nor
 * `@Scopes(…)` (access is decided where the route is written, never by forgetting), or with a
 * resource that names a convention the application does not register.
 */
@Injectable()
export class RouteTable implements OnApplicationBootstrap {
  private routes: readonly Route[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly conventions: GlueConventionRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const routes: Route[] = [];
    const undeclared: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const resource = Reflect.getMetadata(GLUE_RESOURCE_METADATA, controller) as
        GlueResourceDefinition | undefined;
      // A convention the application does not register is a start-up error, not a 500 later.
      if (resource) this.conventions.select(resource.conventions, `Resource "${resource.type}"`);
      const prototype = controller.prototype as Record<string, unknown>;
      const base = paths(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (methodPaths === undefined || method === undefined) continue;
        for (const prefix of base) {
          for (const path of paths(methodPaths)) {
            routes.push({ pattern: toPattern(`${prefix}/${path}`), method: RequestMethod[method] });
          }
        }
        if (!routeAccess(controller, handler).declared) undeclared.push(`${controller.name}.${name}`);
      }
    }
    if (undeclared.length > 0) {
      throw new Error(
        `Every route must declare @Public() or @Scopes(…); these declare neither: ${undeclared.join(', ')}.`,
      );
    }
    this.routes = routes;
  }

  /** Methods that routes declare for this path; empty when no route knows the path. */
  allowedMethods(path: string): string[] {
    const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const methods = new Set<string>();
    for (const route of this.routes) {
      if (!route.pattern.test(normalised)) continue;
      if (route.method === 'ALL') return ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
      methods.add(route.method);
      if (route.method === 'GET') methods.add('HEAD');
    }
    if (methods.size > 0) methods.add('OPTIONS');
    return [...methods].sort();
  }
}

function paths(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : ''];
}

function toPattern(path: string): RegExp {
  const segments = path.split('/').filter((segment) => segment !== '');
  const source = segments
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^/${source}$`);
}
