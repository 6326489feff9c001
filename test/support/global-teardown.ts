/**
 * Jest global teardown of the e2e project: drops every `glue_test_%` database (the template and
 * any suite's database an interrupted suite left behind) and stops the embedded PostgreSQL if
 * global-setup.ts started one. Runs in the process that ran global setup, which left its state on
 * `globalThis` (see GlueTestDatabaseState in ./global-setup.ts).
 */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__GLUE_TEST_DATABASE__;
  globalThis.__GLUE_TEST_DATABASE__ = undefined;
  await state?.teardown();
}
