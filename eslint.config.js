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
 *    and a spec beside the code (`*.spec.ts`) may import test/support/ (the test helpers).
 * 2. `no-restricted-imports` (one generated option set per folder group, because flat config
 *    replaces rule options instead of merging them): which `#…` aliases a folder may name, deep
 *    alias paths, and named imports (`forwardRef`, `Global`, `Scope`, HTTP exceptions in facades).
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
  return /\.spec\.ts$/.test(fromRel) && /^test\/support\//.test(targetRel);
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
// Alias and named-import restrictions per folder group
// ---------------------------------------------------------------------------------------------

/** @typedef {{ paths: object[]; patterns: object[] }} Restrictions */

const STOREFRONT_RESOURCE = '^#resources/[^/]*(?<!-backend)-api$';
const BACKEND_RESOURCE = '^#resources/[^/]+-backend-api$';

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

const notJsonApiConvention = {
  regex: '^#json-api-convention$',
  message: 'Only apps choose conventions: this layer may not import #json-api-convention.',
};
const notResources = {
  regex: '^#resources/',
  message: 'This layer may not import resource modules (dependencies point down: apps → resources → core).',
};
const notZedFacades = {
  regex: '^#zed-facades/',
  message: 'This layer may not import zed facades.',
};
const notGlueCore = {
  regex: '^#glue-core$',
  message: 'Zed facades know nothing of HTTP or glue types: no #glue-core.',
};
const notZedDatabase = {
  regex: '^#zed-facades/database$',
  message: '#zed-facades/database is wiring for apps; talk to a domain facade (`#zed-facades/<domain>`).',
};
const notOtherFacadesThanDatabase = {
  regex: '^#zed-facades/(?!database$)',
  message:
    'Apps compose resources; only the database wiring (`#zed-facades/database`) is imported by an app.',
};
const onlyTheKit = {
  regex: '^(\\.\\./support/(?!kit/)|#zed-facades/database$)',
  message:
    'The third application is tested the way a project tests its own: through the e2e kit only (`../support/kit/index.js`, docs/testing.md).',
};
const notBackendResources = {
  regex: BACKEND_RESOURCE,
  message: 'A storefront module may not import a backend resource module (`*-backend-api`).',
};
const notStorefrontResources = {
  regex: STOREFRONT_RESOURCE,
  message:
    'A backend module may not import a storefront resource module (`*-api` that is not `*-backend-api`).',
};
const noHttpExceptions = {
  regex: '^@nestjs/common$',
  importNamePattern: '^(HttpException|HttpStatus|.*Exception)$',
  message:
    'Facades throw domain exceptions with code enums; the resource layer maps codes to HTTP in one place.',
};

/**
 * @param {Partial<Restrictions>} extra
 * @returns {import('eslint').Linter.RulesRecord}
 */
function restrict(extra) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [...everywhere.paths, ...(extra.paths ?? [])],
        patterns: [...everywhere.patterns, ...(extra.patterns ?? [])],
      },
    ],
  };
}

/**
 * Each file matches the LAST group whose `files` match (flat config: later wins). Keep the specific
 * groups after the general ones.
 * @type {import('eslint').Linter.Config[]}
 */
const boundaryConfigs = [
  { name: 'glue/boundaries/all', files: ['**/*.ts', '**/*.js'], rules: restrict({}) },
  {
    name: 'glue/boundaries/glue-core',
    files: ['libs/glue-core/**/*.ts'],
    rules: restrict({ patterns: [notJsonApiConvention, notResources, notZedFacades] }),
  },
  {
    name: 'glue/boundaries/json-api-convention',
    files: ['libs/json-api-convention/**/*.ts'],
    rules: restrict({ patterns: [notResources, notZedFacades] }),
  },
  {
    name: 'glue/boundaries/zed-facades',
    files: ['libs/zed-facades/**/*.ts'],
    rules: restrict({ patterns: [notGlueCore, notJsonApiConvention, notResources, noHttpExceptions] }),
  },
  {
    name: 'glue/boundaries/resources',
    files: ['libs/resources/**/*.ts'],
    rules: restrict({ patterns: [notJsonApiConvention, notZedDatabase] }),
  },
  {
    name: 'glue/boundaries/resources-storefront',
    files: ['libs/resources/src/*-api/**/*.ts'],
    ignores: ['libs/resources/src/*-backend-api/**'],
    rules: restrict({ patterns: [notJsonApiConvention, notZedDatabase, notBackendResources] }),
  },
  {
    name: 'glue/boundaries/resources-backend',
    files: ['libs/resources/src/*-backend-api/**/*.ts'],
    rules: restrict({ patterns: [notJsonApiConvention, notZedDatabase, notStorefrontResources] }),
  },
  {
    name: 'glue/boundaries/apps',
    files: ['apps/**/*.ts'],
    rules: restrict({ patterns: [notOtherFacadesThanDatabase] }),
  },
  {
    name: 'glue/boundaries/apps-storefront',
    files: ['apps/storefront-api/**/*.ts'],
    rules: restrict({ patterns: [notOtherFacadesThanDatabase, notBackendResources] }),
  },
  {
    name: 'glue/boundaries/apps-backend',
    files: ['apps/backend-api/**/*.ts'],
    rules: restrict({ patterns: [notOtherFacadesThanDatabase, notStorefrontResources] }),
  },
  {
    name: 'glue/boundaries/third-application-suites',
    files: ['test/third-application/**/*.e2e-spec.ts'],
    rules: restrict({ patterns: [onlyTheKit] }),
  },
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
    ignores: ['**/*.spec.ts'],
    // Libraries log through Nest's Logger (the app decides where logs go); entry points may print.
    rules: { 'no-console': 'error' },
  },
  {
    name: 'glue/file-size',
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/migrations/**', '**/seed/**'],
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
