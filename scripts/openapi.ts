import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildOpenApiDocument, OPENAPI_APPLICATIONS, serialiseOpenApiDocument } from './openapi-documents.js';

/**
 * `npm run openapi`: writes `docs/openapi/<application>.json`, the OpenAPI 3.1 document each
 * application serves at `/docs/openapi.json`. Needs no database: the applications boot without
 * connecting. Commit the result; a unit test fails while the committed documents are stale.
 */
try {
  const directory = path.resolve('docs', 'openapi');
  await mkdir(directory, { recursive: true });
  for (const application of OPENAPI_APPLICATIONS) {
    const file = path.join(directory, `${application}.json`);
    await writeFile(file, serialiseOpenApiDocument(await buildOpenApiDocument(application)));
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  }
} catch (error) {
  console.error(error);
  process.exit(1);
}
