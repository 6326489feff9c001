import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { sendReply } from '../http/glue-express.adapter.js';
import { GlueHttpReply } from '../http/glue-http-reply.js';
import { Undocumented } from './api-description.decorators.js';
import { OpenApiDocumentBuilder } from './openapi-document.builder.js';

/**
 * The page may load scripts, styles, images and data from the application only: Swagger UI and the
 * page's icon are served from `/docs/assets/` (`img-src 'self'` covers the icon), and it fetches
 * nothing but `/docs/openapi.json` and the calls a reader tries out.
 */
const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Starts Swagger UI on the document next to it; no validator badge (it would call swagger.io). */
const INITIALIZER = `window.addEventListener('load', function () {
  var script = document.querySelector('script[data-openapi]');
  window.ui = SwaggerUIBundle({
    url: new URL(script.getAttribute('data-openapi'), window.location.href).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
`;

/** The page's icon: a white "G" on a blue rounded square, readable at 16 px. */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\
<rect width="32" height="32" rx="7" fill="#1f5fbf"/>\
<path d="M22.5 10.5a8 8 0 1 0 1.5 6.5h-7" fill="none" stroke="#fff" stroke-width="3.5" \
stroke-linecap="round" stroke-linejoin="round"/></svg>
`;

interface Asset {
  readonly contentType: string;
  readonly body: () => string;
}

const swaggerUiFile = (name: string): (() => string) => {
  let cached: string | null = null;
  return () => {
    if (cached === null) {
      const directory = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
      cached = readFileSync(path.join(directory, name), 'utf8');
    }
    return cached;
  };
};

/** Every file the page may load, by name: nothing else under `/docs/assets/` exists. */
const ASSETS: Readonly<Record<string, Asset>> = {
  'swagger-ui.css': { contentType: 'text/css; charset=utf-8', body: swaggerUiFile('swagger-ui.css') },
  'swagger-ui-bundle.js': {
    contentType: 'text/javascript; charset=utf-8',
    body: swaggerUiFile('swagger-ui-bundle.js'),
  },
  'docs.js': { contentType: 'text/javascript; charset=utf-8', body: () => INITIALIZER },
  'favicon.svg': { contentType: 'image/svg+xml; charset=utf-8', body: () => FAVICON },
};

/**
 * The application's API description: `GET /docs/openapi.json` (OpenAPI 3.1) and `GET /docs`, an
 * interactive page (Swagger UI) that makes no request outside the application. Every Glue
 * application serves it; it is not part of the document it serves.
 */
@Controller('docs')
@Public()
@Undocumented()
export class OpenApiController {
  constructor(private readonly builder: OpenApiDocumentBuilder) {}

  @Get('openapi.json')
  document(@Res() response: Response): void {
    sendReply(
      response,
      GlueHttpReply.json(200, 'application/json', this.builder.build(), { 'Cache-Control': 'no-cache' }),
    );
  }

  @Get()
  page(@Res() response: Response): void {
    const title = escapeHtml(this.builder.build().info.title);
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" type="image/svg+xml" href="/docs/assets/favicon.svg">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/docs.js" data-openapi="/docs/openapi.json"></script>
</body>
</html>
`;
    sendReply(
      response,
      new GlueHttpReply(
        200,
        {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': DOCS_CONTENT_SECURITY_POLICY,
          'Cache-Control': 'no-cache',
        },
        html,
      ),
    );
  }

  @Get('assets/:file')
  asset(@Param('file') file: string, @Res() response: Response): void {
    const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!asset) throw GlueHttpException.notFound(`No asset "${file}" is served here.`);
    sendReply(
      response,
      new GlueHttpReply(
        200,
        { 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=3600' },
        asset.body(),
      ),
    );
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
