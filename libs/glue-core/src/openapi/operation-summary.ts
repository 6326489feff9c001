import type { GlueResourceDefinition } from '../resource/glue-resource.decorator.js';
import type { GlueRoute } from '../routing/route-table.js';
import { GLUE_OPERATION_METADATA, type ApiOperationOptions } from './api-description.decorators.js';

/** The summary a route declares with `@ApiOperation({ summary })`, if it declares one. */
export function declaredSummary(route: GlueRoute): string | undefined {
  const declared = Reflect.getMetadata(GLUE_OPERATION_METADATA, route.handler) as
    ApiOperationOptions | undefined;
  return declared?.summary;
}

/**
 * The summary of a resource's route: the one it declares, else a sentence made from the resource's
 * `noun` (`List the stores`, `Get a store by name`, `Create a customer`). `list` says whether the
 * route reads a collection. Throws when the resource lacks the words the sentence needs, so that
 * building the description (`npm run openapi` and its test) names the route to fix.
 */
export function resourceOperationSummary(
  route: GlueRoute,
  resource: GlueResourceDefinition,
  list: boolean,
): string {
  const declared = declaredSummary(route);
  if (declared !== undefined) return declared;
  const { one, many, by } = resource.noun;
  if (list) {
    if (many === undefined) throw missingWords(route, resource, 'noun.many');
    return `List ${many}`;
  }
  switch (route.method) {
    case 'GET':
      return by === undefined ? `Get ${one}` : `Get ${one} by ${by}`;
    case 'POST':
      return `Create ${one}`;
    case 'PUT':
      return `Replace ${one}`;
    case 'PATCH':
      return `Update ${one}`;
    case 'DELETE':
      return `Delete ${one}`;
    default:
      throw missingWords(route, resource, `a verb for ${route.method}`);
  }
}

function missingWords(route: GlueRoute, resource: GlueResourceDefinition, what: string): Error {
  return new Error(
    `${route.controller.name}.${route.handlerName} (${route.method} ${route.path}) of "${resource.type}" ` +
      `has no summary: declare ${what} in @GlueResource({ noun }) or @ApiOperation({ summary }) on the route.`,
  );
}
