import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { OAuthTokenController } from '../auth/oauth-token.controller.js';
import { GlueConventionRegistry } from '../convention/glue-convention.registry.js';
import { GLUE_REQUEST_LIMITS, type GlueRequestLimits } from '../limits/request-limits.js';
import { GlueRelationshipRegistry } from '../relationship/glue-relationship.registry.js';
import { RouteTable, type GlueRoute } from '../routing/route-table.js';
import { GLUE_UNDOCUMENTED_METADATA } from './api-description.decorators.js';
import type { JsonSchema } from './api-description.js';
import type { OpenApiDocument, OpenApiParameter, OpenApiPathItem } from './openapi-document.js';
import {
  BEARER_SCHEME,
  describeOperation,
  openApiPath,
  type OperationContext,
} from './openapi-operation.builder.js';
import { errorResponse } from './openapi-error-responses.js';
import { SchemaComponents } from './schema-components.js';

const OAUTH_SCHEME = 'oauth2';
const METHOD_ORDER = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];

/**
 * The application's OpenAPI 3.1 document, generated from what it declares: routes and their
 * access rules, resources and their attribute schemas, relationships, collection queries,
 * attribute classes, conventions. The conventions describe their own envelopes
 * (`GlueConvention.describe…`). Built once, after the application has bootstrapped.
 */
@Injectable()
export class OpenApiDocumentBuilder {
  private document: OpenApiDocument | null = null;

  constructor(
    private readonly routes: RouteTable,
    private readonly relationships: GlueRelationshipRegistry,
    private readonly conventions: GlueConventionRegistry,
    @Inject(GLUE_APPLICATION_OPTIONS) private readonly options: GlueApplicationOptions,
    @Inject(GLUE_REQUEST_LIMITS) private readonly limits: GlueRequestLimits,
  ) {}

  build(): OpenApiDocument {
    this.document ??= this.generate();
    return this.document;
  }

  private generate(): OpenApiDocument {
    const components = new SchemaComponents();
    const documented = this.routes.routes.filter((route) => !undocumented(route));
    const tokenRoute = documented.find(
      (route) => route.controller === OAuthTokenController && route.method === 'POST',
    );
    const headerParameters = this.headerParameters();
    const context: OperationContext = {
      components,
      routes: this.routes,
      relationships: this.relationships,
      conventions: this.conventions.all,
      select: (names, owner) => this.conventions.select(names, owner),
      headerParameters: Object.keys(headerParameters).map((name) => ({
        $ref: `#/components/parameters/${name}`,
      })),
      oauthScheme: tokenRoute ? OAUTH_SCHEME : null,
      unknownStoreNotFound:
        this.options.storeResolver !== undefined && this.options.glueCompatibility === true,
      maxPageLimit: this.limits.maxPageLimit,
      glueCompatibility: this.options.glueCompatibility ?? false,
    };

    const paths: Record<string, Record<string, unknown>> = {};
    const operationIds = new Set<string>();
    const ordered = [...documented].sort(
      (a, b) => compare(openApiPath(a.path), openApiPath(b.path)) || methodRank(a) - methodRank(b),
    );
    for (const route of ordered) {
      if (route.method === 'ALL') continue;
      const operation = describeOperation(route, context);
      let operationId = operation.operationId;
      for (let suffix = 2; operationIds.has(operationId); suffix += 1) {
        operationId = `${operation.operationId}.${suffix}`;
      }
      operationIds.add(operationId);
      const item = (paths[openApiPath(route.path)] ??= {});
      item[route.method.toLowerCase()] = { ...operation, operationId };
    }

    const scoped = documented.filter((route) => !route.access.public);
    const responses = {
      NotFound: errorResponse(404, [], context),
      MethodNotAllowed: errorResponse(405, [], context),
    };
    const securitySchemes = scoped.length > 0 ? this.securitySchemes(scoped, tokenRoute) : {};
    return {
      openapi: '3.1.1',
      info: {
        title: `${capitalise(this.options.name)} API`,
        version: packageVersion(),
        description: [
          `The ${this.options.name} application of Glue, generated from its resource declarations.`,
          'An unknown path answers 404 (`components.responses.NotFound`), a method the path does not',
          'serve 405 with `Allow` (`components.responses.MethodNotAllowed`), `OPTIONS` 204 with `Allow`.',
        ].join(' '),
      },
      servers: [{ url: '/', description: 'The application serving this document' }],
      tags: [...new Set(ordered.map((route) => route.resource?.type ?? route.controller.name))]
        .sort(compare)
        .map((name) => ({ name })),
      paths: paths as Record<string, OpenApiPathItem>,
      components: {
        schemas: components.toJSON(),
        responses,
        parameters: headerParameters,
        securitySchemes,
      },
    };
  }

  private headerParameters(): Record<string, OpenApiParameter> {
    if (!this.options.storeResolver) return {};
    return {
      Store: {
        name: 'Store',
        in: 'header',
        description:
          'The store to act in (`DE`, `AT`, …); the application’s default store without it. An unknown store: code `601`, 400 (Glue compatibility mode: 404).',
        schema: { type: 'string' },
      },
      AcceptLanguage: {
        name: 'Accept-Language',
        in: 'header',
        description: 'Preferred locales, negotiated against the store’s; `Content-Language` says which.',
        schema: { type: 'string' },
      },
    };
  }

  private securitySchemes(
    scoped: readonly GlueRoute[],
    tokenRoute: GlueRoute | undefined,
  ): Record<string, JsonSchema> {
    const usedBy = new Map<string, string[]>();
    for (const route of scoped) {
      for (const scope of route.access.scopes) {
        usedBy.set(scope, [...(usedBy.get(scope) ?? []), `${route.method} ${openApiPath(route.path)}`]);
      }
    }
    const scopes = Object.fromEntries(
      [...usedBy]
        .sort(([a], [b]) => compare(a, b))
        .map(([scope, operations]) => [scope, `Needed by ${operations.join(', ')}.`]),
    );
    return {
      [BEARER_SCHEME]: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: `An access token from \`POST ${tokenRoute ? tokenRoute.path : '/token'}\` or a trusted issuer.`,
      },
      ...(tokenRoute && {
        [OAUTH_SCHEME]: {
          type: 'oauth2',
          description: 'The application’s own OAuth 2.0 server (RFC 6749).',
          flows: { password: { tokenUrl: tokenRoute.path, refreshUrl: tokenRoute.path, scopes } },
        },
      }),
    };
  }
}

function undocumented(route: GlueRoute): boolean {
  return (
    Reflect.getMetadata(GLUE_UNDOCUMENTED_METADATA, route.handler) === true ||
    Reflect.getMetadata(GLUE_UNDOCUMENTED_METADATA, route.controller) === true
  );
}

function methodRank(route: GlueRoute): number {
  const rank = METHOD_ORDER.indexOf(route.method);
  return rank === -1 ? METHOD_ORDER.length : rank;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** The version in the nearest `package.json` above the working directory (`0.0.0` without one). */
function packageVersion(): string {
  for (let directory = process.cwd(); ; directory = path.dirname(directory)) {
    const file = path.join(directory, 'package.json');
    if (existsSync(file)) {
      const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
      return typeof version === 'string' ? version : '0.0.0';
    }
    if (path.dirname(directory) === directory) return '0.0.0';
  }
}
