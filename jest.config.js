/**
 * Jest 30 in native ESM mode (the npm scripts set NODE_OPTIONS=--experimental-vm-modules).
 * ts-jest only transpiles (isolatedModules); `npm run typecheck` type-checks. See
 * docs/adr/0001-esm-toolchain-and-library-aliases.md and docs/adr/0002-isolated-test-databases.md.
 */

/** The package.json `imports` aliases, pointed at the library sources (Node points them at dist/). */
const moduleNameMapper = {
  '^#glue-core$': '<rootDir>/libs/glue-core/src/index.ts',
  '^#json-api-convention$': '<rootDir>/libs/json-api-convention/src/index.ts',
  '^#resources/((?:shared/)?[^/]+)$': '<rootDir>/libs/resources/src/$1/index.ts',
  '^#zed-facades/([^/]+)$': '<rootDir>/libs/zed-facades/src/$1/index.ts',
  // nodenext: relative imports carry `.js`; the sources are `.ts`.
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

/** @type {import('jest').Config} */
const shared = {
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper,
  // CommonJS packages of the Nest ecosystem get the ES module instances the test loaded (ADR 0007).
  resolver: '<rootDir>/test/support/jest/esm-bridge.resolver.js',
  setupFiles: ['<rootDir>/test/support/jest/esm-bridge.setup.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
  watchPathIgnorePatterns: ['<rootDir>/.data/'],
};

/** @type {import('jest').Config} */
export default {
  // 2-core machines: one worker per core. Each e2e suite boots a Nest app on its own database.
  maxWorkers: 2,
  // e2e suites boot an application and run real queries. Jest 30 reads testTimeout from the global
  // config only (jest-circus ignores it in a project), so it is set here for both projects.
  testTimeout: 30_000,
  // A worker that has finished exits by itself once its event loop is empty; Jest kills one that is not
  // gone within this time and prints "A worker process has failed to exit gracefully". Jest's 500 ms
  // is too short for a worker tearing down its module graph on a busy 2-core machine (it printed
  // without any open handle, as --detectOpenHandles showed); a worker that really leaks a handle is
  // still killed, and reported, after 5 s.
  workerGracefulExitTimeout: 5_000,
  projects: [
    {
      ...shared,
      // No database and no network: `npm run test:unit` passes on a machine without PostgreSQL. A spec
      // that needs a database server is an e2e suite (`*.e2e-spec.ts`), beside its code or in test/.
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/test/**/*.spec.ts',
        '<rootDir>/bench/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'e2e',
      // test/: over HTTP into an application; libs/: facades, migrations and the embedded server on a
      // database of the global setup's server (`DATABASE_URL`, set by the global setup when embedded).
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/libs/**/*.e2e-spec.ts'],
      // Per-project global setup: runs once, only when a suite of this project is selected.
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      // The JSON:API matcher, and a check that every JSON:API response in every test was valid.
      setupFilesAfterEnv: ['<rootDir>/test/support/e2e-setup.ts'],
    },
  ],
};
