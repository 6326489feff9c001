import {
  IsListVariable,
  IsPortVariable,
  IsPostgresUrlVariable,
  IsPublicUrlVariable,
  IsStringVariable,
  IsSwitchVariable,
  IsWholeNumberVariable,
} from './environment.decorators.js';
import { configGroup, configGroups, type ConfigGroup, type ConfigGroups } from './environment.js';

/** How an application listens and answers over HTTP, from its environment. */
export interface GlueApplicationSettings {
  readonly port: number;
  readonly host: string;
  readonly corsOrigins: readonly string[];
  /**
   * Proxies in front of the application whose `X-Forwarded-*` headers are trusted: `-For` gives the
   * client IP (login blocker), `-Host` and `-Proto` the links' base when no public URL is set.
   */
  readonly trustProxy: number;
  /** The base URL clients call, without a trailing slash; links start with it. `null`: not set. */
  readonly publicUrl: string | null;
  /** `max-age` of public catalog responses (anonymous GETs of `@PublicCache()` routes). */
  readonly cacheMaxAgeSeconds: number;
  /** One line per request on stdout (`ACCESS_LOG`, default on). */
  readonly accessLog: boolean;
  /** Glue compatibility mode (`<PREFIX>_GLUE_COMPATIBILITY`, contract §9). */
  readonly glueCompatibility: boolean;
}

/** An application's own HTTP variables, after its prefix (`STOREFRONT_PORT`, …). */
class ApplicationVariables {
  @IsPortVariable() readonly PORT: number = 3000;
  @IsListVariable() readonly CORS_ORIGINS: readonly string[] = [];
  @IsPublicUrlVariable() readonly PUBLIC_URL: string | null = null;
  @IsWholeNumberVariable(0, 31_536_000) readonly CACHE_MAX_AGE_SECONDS: number = 60;
  @IsSwitchVariable() readonly GLUE_COMPATIBILITY: boolean = false;
}

/** The HTTP variables every application of a process shares. */
class ProcessVariables {
  @IsStringVariable() readonly HOST: string = '0.0.0.0';
  @IsWholeNumberVariable(0, 10) readonly TRUST_PROXY: number = 0;
  @IsSwitchVariable() readonly ACCESS_LOG: boolean = true;
}

/** An application's own defaults where they differ between applications. */
export interface ApplicationDefaults {
  readonly port: number;
  /** `<PREFIX>_GLUE_COMPATIBILITY` when unset: on for a storefront, off for a backend. */
  readonly glueCompatibility: boolean;
}

/**
 * An application's HTTP settings (`prefix` = `STOREFRONT`, `BACKEND`): `<PREFIX>_PORT`,
 * `<PREFIX>_GLUE_COMPATIBILITY` (defaults: `defaults`), `<PREFIX>_CORS_ORIGINS`, `<PREFIX>_PUBLIC_URL`,
 * `<PREFIX>_CACHE_MAX_AGE_SECONDS`, and the shared `HOST`, `TRUST_PROXY` and `ACCESS_LOG`.
 */
export function applicationConfig(
  prefix: string,
  defaults: ApplicationDefaults,
): ConfigGroup<GlueApplicationSettings> {
  class PortVariables extends ApplicationVariables {
    override readonly PORT: number = defaults.port;
    override readonly GLUE_COMPATIBILITY: boolean = defaults.glueCompatibility;
  }
  const variables = configGroups({
    own: configGroup(PortVariables, `${prefix}_`, (values) => values),
    process: configGroup(ProcessVariables, '', (values) => values),
  });
  return {
    schema: variables.schema,
    load: (source) => {
      const { own, process } = variables.load(source);
      return {
        port: own.PORT,
        host: process.HOST,
        corsOrigins: own.CORS_ORIGINS,
        trustProxy: process.TRUST_PROXY,
        publicUrl: own.PUBLIC_URL,
        cacheMaxAgeSeconds: own.CACHE_MAX_AGE_SECONDS,
        accessLog: process.ACCESS_LOG,
        glueCompatibility: own.GLUE_COMPATIBILITY,
      };
    },
  };
}

class DatabaseVariables {
  @IsPostgresUrlVariable() readonly DATABASE_URL!: string;
}

/** `DATABASE_URL` (required): `postgres://user:password@host:5432/database`. */
export function databaseUrlConfig(): ConfigGroup<string> {
  return configGroup(DatabaseVariables, '', (values) => values.DATABASE_URL);
}

/**
 * An application's configuration: its `application` settings (`applicationConfig`) at the top level
 * beside its other groups, every group's problems reported at once.
 */
export function applicationConfigGroups<T extends { readonly application: GlueApplicationSettings }>(
  groups: ConfigGroups<T>,
): ConfigGroup<Omit<T, 'application'> & GlueApplicationSettings> {
  const all = configGroups(groups);
  return {
    schema: all.schema,
    load: (env) => {
      const { application, ...rest } = all.load(env);
      return { ...application, ...rest };
    },
  };
}
