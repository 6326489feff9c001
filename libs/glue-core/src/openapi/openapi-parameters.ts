import { DEFAULT_PAGE } from '../resource/glue-resource.decorator.js';
import type { GlueRoute } from '../routing/route-table.js';
import type { GlueResourceDescription, GlueResultDescription, JsonSchema } from './api-description.js';
import type { OpenApiParameter } from './openapi-document.js';

/** The route's path parameters (`:name`), as strings. */
export function pathParameters(path: string): OpenApiParameter[] {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name: name ?? '',
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

const commaSeparated = (items: JsonSchema): Pick<OpenApiParameter, 'style' | 'explode' | 'schema'> => ({
  style: 'form',
  explode: false,
  schema: { type: 'array', items },
});

/**
 * The query parameters a route reads: JSON:API's `include` and `fields[type]` where a convention
 * shows relationships, the parameters it reads itself (`@ResourceQuery`) and the collection query
 * it declares.
 */
export function queryParameters(
  route: GlueRoute,
  result: GlueResultDescription,
  includes: boolean,
  maxPageLimit = Number.POSITIVE_INFINITY,
): OpenApiParameter[] {
  const parameters: OpenApiParameter[] = [];
  if (includes) {
    const names = result.resource.relationships.map((relationship) => relationship.name);
    if (result.glueCompatibility && result.included.length > 0) {
      parameters.push({
        name: 'include',
        in: 'query',
        description:
          'Resource types to include wherever a resource of the document relates to them, at any ' +
          'depth up to the include depth limit, or dotted relationship paths; names that match ' +
          `nothing are ignored. ${relationshipList(result)}`,
        ...commaSeparated({ type: 'string' }),
      });
    } else if (names.length > 0) {
      parameters.push({
        name: 'include',
        in: 'query',
        description: `Relationship paths to include, dotted for nesting. ${relationshipList(result)}`,
        ...commaSeparated({ type: 'string', pattern: `^(${names.map(escapeRegExp).join('|')})(\\..+)?$` }),
      });
    }
    for (const resource of uniqueByType([result.resource, ...result.included])) {
      const fields = [
        ...Object.keys((resource.attributes?.['properties'] as object | undefined) ?? {}),
        ...resource.relationships.map((relationship) => relationship.name),
      ];
      parameters.push({
        name: `fields[${resource.type}]`,
        in: 'query',
        description: `Sparse fieldset: the attributes and relationships of ${resource.type} to send.`,
        ...commaSeparated(resource.attributes ? { enum: fields } : { type: 'string' }),
      });
    }
  }
  for (const parameter of route.resourceQuery?.parameters ?? []) {
    parameters.push({
      name: parameter.name,
      in: 'query',
      description: parameter.description,
      ...(parameter.repeatable
        ? { style: 'form', explode: true, schema: { type: 'array', items: parameter.schema } }
        : { schema: parameter.schema }),
    });
  }
  const collection = route.collection;
  if (!collection) return parameters;
  const sort = collection.sort ?? [];
  if (sort.length > 0) {
    parameters.push({
      name: 'sort',
      in: 'query',
      description: `Sort fields, \`-\` for descending.${
        collection.defaultSort ? ` Default: ${collection.defaultSort.join(',')}.` : ''
      }`,
      ...commaSeparated({ enum: sort.flatMap((field) => [field, `-${field}`]) }),
    });
  }
  for (const field of collection.filters ?? []) {
    parameters.push({
      name: `filter[${field}]`,
      in: 'query',
      description: `Filter by ${field} (also \`filter[${result.resource.type}.${field}]\`).`,
      schema: { type: 'string' },
    });
  }
  const page = collection.page ?? DEFAULT_PAGE;
  parameters.push(
    {
      name: 'page[offset]',
      in: 'query',
      description: 'Index of the first resource of the page.',
      schema: { type: 'integer', minimum: 0, default: 0 },
    },
    {
      name: 'page[limit]',
      in: 'query',
      description: 'Resources per page.',
      schema: {
        type: 'integer',
        minimum: 1,
        maximum: Math.min(page.maxLimit, maxPageLimit),
        default: Math.min(page.defaultLimit, maxPageLimit),
      },
    },
  );
  return parameters;
}

function relationshipList(result: GlueResultDescription): string {
  return uniqueByType([result.resource, ...result.included])
    .filter((resource) => resource.relationships.length > 0)
    .map(
      (resource) =>
        `${resource.type}: ${resource.relationships.map((relationship) => relationship.name).join(', ')}.`,
    )
    .join(' ');
}

function uniqueByType(resources: readonly GlueResourceDescription[]): GlueResourceDescription[] {
  return [...new Map(resources.map((resource) => [resource.type, resource])).values()];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
