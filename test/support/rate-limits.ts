import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { GlueRoute, RouteTable } from '#glue-core';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every route an anonymous caller may write to, as the application declares it. */
export function publicWriteRoutes(routes: RouteTable): readonly GlueRoute[] {
  return routes.routes.filter((route) => route.access.public && WRITE_METHODS.has(route.method));
}

/** A request to the route without a body or credentials: whatever it answers, it counts. */
export function publicWriteRequest(http: App, route: GlueRoute): request.Test {
  const path = route.path.replace(/:\w+/g, 'rate-limit-probe');
  const agent = request(http);
  const call =
    route.method === 'POST'
      ? agent.post(path)
      : route.method === 'PUT'
        ? agent.put(path)
        : route.method === 'PATCH'
          ? agent.patch(path)
          : agent.delete(path);
  return call.set('Accept', '*/*');
}
