/**
 * The logger the test validators give Ajv. With `strict: false`, Ajv logs a format it does not know
 * (`unknown format "date" ignored`) and then skips the check; here that is an error instead, so a
 * format the documents start using fails the test that meets it until it is registered
 * (`ajv-formats`), rather than printing a warning with a stack trace into a passing run.
 */
export const AJV_LOGGER = {
  log: (...messages: unknown[]): void => console.log(...messages),
  warn: (...messages: unknown[]): never => {
    throw new Error(`Ajv: ${messages.map(String).join(' ')}`);
  },
  error: (...messages: unknown[]): void => console.error(...messages),
};
