import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  createGlueApplication,
  GLUE_REQUEST_LIMITS,
  GlueRelationshipRegistry,
  type GlueRequestLimits,
} from '#glue-core';
import { loadStorefrontApiConfig } from '../apps/storefront-api/src/config/storefront-api.config.js';
import { StorefrontApiModule } from '../apps/storefront-api/src/storefront-api.module.js';
import { BaselineModule } from './baseline.module.js';
import { countSqlStatements } from './sql-statements.js';

/**
 * Child process of `bench/run.ts`: the full storefront (glue-core pipeline) and the baseline, each on
 * its own port, so that the load generator never shares their event loop. With `--glue-only` (the
 * abuse scenario, which measures this process's memory) the storefront alone.
 */
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl) throw new Error('bench/servers needs DATABASE_URL');
// The catalog benchmark reports SQL statements per request; the wrapper costs a counter increment.
const sqlStatements =
  process.env['BENCH_COUNT_SQL'] === '1'
    ? countSqlStatements({ logFirstOfEach: process.env['BENCH_LOG_SQL'] === '1' })
    : null;

const glue = await createGlueApplication(
  StorefrontApiModule.forRoot({ ...loadStorefrontApiConfig(), defaultStore: 'DE', corsOrigins: [] }),
  {
    logLevels: ['error'],
  },
);
await glue.listen(0, '127.0.0.1');
// Requests the storefront received: per-request figures divide by what the server did, not by what
// the load generator saw answered (requests cut off at the end of a round were served all the same).
let glueRequests = 0;
glue.getHttpServer().on('request', () => {
  glueRequests += 1;
});
sqlStatements?.trackRequests(glue.getHttpServer());
const baseline = process.argv.includes('--glue-only')
  ? null
  : await NestFactory.create(BaselineModule.forRoot(databaseUrl) as never, { logger: ['error'] });
await baseline?.listen(0, '127.0.0.1');

const portOf = (address: unknown): number => (address as { port: number }).port;
const maxIncludeDepth = glue.get<symbol, GlueRequestLimits>(GLUE_REQUEST_LIMITS, {
  strict: false,
}).maxIncludeDepth;
process.send?.({
  glue: portOf(glue.getHttpServer().address()),
  baseline: baseline ? portOf(baseline.getHttpServer().address()) : 0,
  maximalInclude: glue
    .get(GlueRelationshipRegistry, { strict: false })
    .includePaths('abstract-products', maxIncludeDepth)
    .join(','),
});
// The parent asks for CPU time (and SQL statements sent) around each round: CPU per request is
// steadier than throughput on a shared machine, and shows where the pipeline's cost is.
process.on('message', (message) => {
  if (message === 'cpu')
    process.send?.({
      cpu: process.cpuUsage(),
      statements: sqlStatements?.total() ?? 0,
      statementsPerRequest: sqlStatements?.perRequest() ?? {},
      requests: glueRequests,
    });
});
process.once('disconnect', () => {
  void Promise.all([glue.close(), baseline?.close()]).then(() => process.exit(0));
});
