/** The part of a store the pipeline needs to negotiate a locale. */
export interface GlueStore {
  readonly name: string;
  readonly locales: readonly string[];
  readonly defaultLocale: string;
}

/**
 * Supplies stores to the request-context step. The application provides an implementation over
 * its commerce core; glue-core knows no domain.
 */
export interface GlueStoreResolver {
  readonly defaultStoreName: string;
  findStore(name: string): Promise<GlueStore | null>;
}

export const GLUE_STORE_RESOLVER = Symbol('GLUE_STORE_RESOLVER');
