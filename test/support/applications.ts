import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { BackendApiModule } from '../../apps/backend-api/src/backend-api.module.js';
import { StorefrontApiModule } from '../../apps/storefront-api/src/storefront-api.module.js';
import { startGlueTestApplication } from './glue-test-app.js';

export const JSON_API = 'application/vnd.api+json';

export interface RunningApplication {
  readonly app: INestApplication;
  readonly http: App;
}

async function run(module: unknown, logErrors = true): Promise<RunningApplication> {
  const app = await startGlueTestApplication(module, { logErrors });
  return { app, http: app.getHttpServer() as App };
}

/** The storefront application exactly as `main.ts` composes it, on the given database. */
export function startStorefront(
  databaseUrl: string,
  options: { readonly defaultStore?: string; readonly logErrors?: boolean } = {},
): Promise<RunningApplication> {
  return run(
    StorefrontApiModule.forRoot({ databaseUrl, defaultStore: options.defaultStore ?? 'DE', corsOrigins: [] }),
    options.logErrors,
  );
}

/** The backend application exactly as `main.ts` composes it, on the given database. */
export function startBackend(databaseUrl: string): Promise<RunningApplication> {
  return run(BackendApiModule.forRoot({ databaseUrl, defaultStore: 'DE', corsOrigins: [] }));
}
