/**
 * The architecture's dependency rules live in eslint.config.js; these cases keep them honest.
 * Lints virtual files (they need not exist) with the real config, minus type information: the
 * boundary rules read import specifiers and paths only, and a type-aware program would cost seconds.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'glue/no-relative-cross-unit']);

const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfigFile: path.join(repoRoot, 'eslint.config.js'),
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId),
});

async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  const messages = result?.messages ?? [];
  const unexpected = messages.filter((message) => !message.ruleId || !BOUNDARY_RULES.has(message.ruleId));
  if (unexpected.length > 0) throw new Error(`not a boundary finding: ${JSON.stringify(unexpected)}`);
  return messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const forbidden: [file: string, code: string][] = [
  ['libs/glue-core/src/x.ts', "import { ProductFacade } from '#zed-facades/product';"],
  ['libs/glue-core/src/x.ts', "import { JsonApiConvention } from '#json-api-convention';"],
  ['libs/glue-core/src/x.ts', "import { ProductsApiModule } from '#resources/products-api';"],
  ['libs/glue-core/src/pipeline/x.ts', "import { y } from '../../../json-api-convention/src/y.js';"],
  ['libs/glue-core/src/pipeline/x.ts', "import { GlueModule } from '#glue-core';"],
  ['libs/json-api-convention/src/x.ts', "import { ProductFacade } from '#zed-facades/product';"],
  ['libs/json-api-convention/src/x.ts', "import { M } from '#resources/products-backend-api';"],
  ['libs/zed-facades/src/cart/x.ts', "import { GlueError } from '#glue-core';"],
  ['libs/zed-facades/src/cart/x.ts', "import { NotFoundException } from '@nestjs/common';"],
  ['libs/zed-facades/src/cart/x.ts', "import { HttpException } from '@nestjs/common';"],
  ['libs/zed-facades/src/cart/x.ts', "import { UnprocessableEntityException } from '@nestjs/common';"],
  [
    'libs/zed-facades/src/cart/cart.facade.ts',
    "import { ProductReader } from '../product/persistence/product.reader.js';",
  ],
  [
    'libs/zed-facades/src/cart/x.ts',
    "import { ProductEntity } from '#zed-facades/product/persistence/product.entity';",
  ],
  [
    'libs/zed-facades/src/database/data-source.ts',
    "import { ProductFacade } from '../product/product.facade.js';",
  ],
  ['libs/resources/src/carts-api/x.ts', "import { M } from '#resources/carts-backend-api';"],
  ['libs/resources/src/carts-api/x.ts', "import { JsonApiConvention } from '#json-api-convention';"],
  ['libs/resources/src/carts-api/x.ts', "import { mapper } from '../products-api/products-api.mapper.js';"],
  ['libs/resources/src/carts-backend-api/x.ts', "import { M } from '#resources/carts-api';"],
  ['apps/storefront-api/src/x.ts', "import { M } from '#resources/products-backend-api';"],
  ['apps/backend-api/src/x.ts', "import { M } from '#resources/products-api';"],
  ['apps/backend-api/src/x.ts', "import { ProductFacade } from '#zed-facades/product';"],
  ['apps/storefront-api/src/x.ts', "import { g } from '../../../libs/glue-core/src/index.js';"],
  ['apps/storefront-api/src/x.ts', "import { c } from '../../backend-api/src/config/backend-api.config.js';"],
  ['libs/resources/src/carts-api/x.ts', "import { c } from '../../../../apps/storefront-api/src/config.js';"],
  [
    'test/storefront-api/x.e2e-spec.ts',
    "import { r } from '../../libs/zed-facades/src/product/product.reader.js';",
  ],
  ['libs/resources/src/carts-api/x.ts', "import { forwardRef } from '@nestjs/common';"],
  ['apps/storefront-api/src/x.ts', "import { Global, Module } from '@nestjs/common';"],
  ['libs/glue-core/src/x.ts', "import { Injectable, Scope } from '@nestjs/common';"],
  [
    'libs/zed-facades/src/cart/cart.facade.ts',
    "import { c } from '../../../../test/support/query-counter.js';",
  ],
  [
    'test/third-application/x.e2e-spec.ts',
    "import { startGlueTestApplication } from '../support/glue-test-app.js';",
  ],
  ['test/third-application/x.e2e-spec.ts', "import { DatabaseModule } from '#zed-facades/database';"],
];

const allowed: [file: string, code: string][] = [
  ['libs/glue-core/src/pipeline/x.ts', "import { y } from '../context/request-context.js';"],
  ['libs/json-api-convention/src/x.ts', "import { GlueConvention } from '#glue-core';"],
  ['libs/zed-facades/src/cart/x.ts', "import { Injectable } from '@nestjs/common';"],
  ['libs/zed-facades/src/cart/x.ts', "import { ProductFacade } from '#zed-facades/product';"],
  [
    'libs/zed-facades/src/database/data-source.ts',
    "import { ProductEntity } from '../product/persistence/product.entity.js';",
  ],
  [
    'libs/zed-facades/src/database/data-source.ts',
    "import { PRODUCT_ENTITIES } from '../product/persistence/product-entities.js';",
  ],
  [
    'libs/zed-facades/src/database/data-source.ts',
    "import { m } from '../product/migrations/1700000000000-create-product.js';",
  ],
  [
    'libs/resources/src/carts-api/x.ts',
    "import { GlueError } from '#glue-core';\nimport { CartFacade } from '#zed-facades/cart';",
  ],
  ['libs/resources/src/carts-api/x.ts', "import { ProductsApiModule } from '#resources/products-api';"],
  ['libs/resources/src/carts-backend-api/x.ts', "import { NotFoundException } from '@nestjs/common';"],
  [
    'apps/storefront-api/src/x.ts',
    "import { JsonApiConvention } from '#json-api-convention';\nimport { ProductsApiModule } from '#resources/products-api';",
  ],
  [
    'apps/backend-api/src/x.ts',
    "import { ProductsBackendApiModule } from '#resources/products-backend-api';",
  ],
  ['apps/backend-api/src/main.ts', "import { DatabaseModule } from '#zed-facades/database';"],
  ['scripts/start.ts', "import { start } from '../apps/backend-api/src/backend-api.application.js';"],
  [
    'test/storefront-api/x.e2e-spec.ts',
    "import { StorefrontApiModule } from '../../apps/storefront-api/src/storefront-api.module.js';",
  ],
  [
    'test/storefront-api/x.e2e-spec.ts',
    "import { ProductFacade } from '#zed-facades/product';\nimport { createTestDatabase } from '../support/test-database.js';",
  ],
  [
    'libs/zed-facades/src/cart/cart.facade.spec.ts',
    "import { createSpecDatabase } from '../../../../test/support/spec-database.js';",
  ],
  [
    'test/third-application/x.e2e-spec.ts',
    "import { startApplication } from '../support/kit/index.js';\nimport { M } from './partner-api.module.js';",
  ],
];

describe('lint boundaries (eslint.config.js)', () => {
  it.each(forbidden)('reports in %s: %s', async (file, code) => {
    expect(await violations(file, code)).not.toEqual([]);
  });

  it.each(allowed)('allows in %s: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
