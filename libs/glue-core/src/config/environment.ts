import { ConfigModule } from '@nestjs/config';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';

/** The variables a configuration is read from: `process.env`, or a test's own. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * A class of environment variables: one member per variable (named as the variable is, after its
 * prefix), its initializer the default, class-transformer and class-validator decorators
 * (`environment.decorators.ts`) saying how it is read and when it is wrong.
 */
export type EnvironmentVariables<V extends object = object> = new () => V;

/** Where a configuration's variables are declared: classes, each read under a prefix (`STOREFRONT_`) or none. */
export interface EnvironmentSchema {
  readonly variables: EnvironmentVariables;
  readonly prefix: string;
}

/**
 * Settings read together into one value (an application's rate limits, its auth settings): the
 * schema they are read by, and `load`, which reads, validates and builds them, throwing a
 * `ConfigurationError` that names every variable it cannot use.
 */
export interface ConfigGroup<T> {
  readonly schema: readonly EnvironmentSchema[];
  readonly load: (env: Environment) => T;
}

export type ConfigGroups<T extends object> = { readonly [K in keyof T]: ConfigGroup<T[K]> };

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** The members of a class of variables, in declaration order (those of the classes it extends first). */
function memberNames(variables: EnvironmentVariables): string[] {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(variables, '', true, false);
  return [...new Set(metadatas.map((metadata) => metadata.propertyName))];
}

/** The names of the variables a schema declares, prefixes included. */
export function environmentVariableNames(schema: readonly EnvironmentSchema[]): string[] {
  return schema.flatMap(({ variables, prefix }) => memberNames(variables).map((name) => `${prefix}${name}`));
}

/** Each variable a schema declares with its default (`undefined`: required, no default). */
export function environmentDefaults(schema: readonly EnvironmentSchema[]): Map<string, unknown> {
  return new Map(
    schema.flatMap(({ variables, prefix }) => {
      const defaults = new variables() as Record<string, unknown>;
      return memberNames(variables).map((name): [string, unknown] => [`${prefix}${name}`, defaults[name]]);
    }),
  );
}

/**
 * Reads one class of variables from `env` under `prefix`: an unset or blank variable takes its
 * default, every other is transformed and validated by its decorators. Throws a
 * `ConfigurationError` listing every variable it cannot use.
 */
export function readEnvironment<V extends object>(
  variables: EnvironmentVariables<V>,
  env: Environment,
  prefix = '',
): V {
  const plain: Record<string, string> = {};
  for (const name of memberNames(variables)) {
    const raw = env[`${prefix}${name}`];
    if (raw !== undefined && raw.trim() !== '') plain[name] = raw;
  }
  const values = plainToInstance(variables, plain, { exposeDefaultValues: true });
  const problems = validateSync(values, { forbidUnknownValues: false }).map(
    (error) => `${prefix}${error.property}: ${Object.values(error.constraints ?? {}).join(' ')}`,
  );
  if (problems.length > 0) throw new ConfigurationError(problems);
  return values;
}

/** A group of one class of variables, read under `prefix` and built into its value by `build`. */
export function configGroup<V extends object, T>(
  variables: EnvironmentVariables<V>,
  prefix: string,
  build: (values: V) => T,
): ConfigGroup<T> {
  return { schema: [{ variables, prefix }], load: (env) => build(readEnvironment(variables, env, prefix)) };
}

/** Groups read together: one value per group, every group's problems reported at once. */
export function configGroups<T extends object>(groups: ConfigGroups<T>): ConfigGroup<T> {
  const entries = Object.entries(groups) as [keyof T & string, ConfigGroup<unknown>][];
  return {
    schema: entries.flatMap(([, group]) => group.schema),
    load: (env) => {
      const problems: string[] = [];
      const config: Partial<Record<keyof T, unknown>> = {};
      for (const [key, group] of entries) {
        try {
          config[key] = group.load(env);
        } catch (error) {
          if (!(error instanceof ConfigurationError)) throw error;
          problems.push(...error.problems);
        }
      }
      if (problems.length > 0) throw new ConfigurationError(problems);
      return config as T;
    },
  };
}

/**
 * An application's configuration at boot, through `@nestjs/config`: a `.env` file in the working
 * directory (if there is one) under the process's environment, which wins, validated by
 * `ConfigModule.forRoot({ validate })` against the group's schema. Rejects with a
 * `ConfigurationError` naming every variable it cannot use, before anything starts. What the `.env`
 * file sets is left in `process.env` (unless already set there), as `@nestjs/config` does.
 */
export async function loadConfigAtBoot<T>(group: ConfigGroup<T>, envFilePath = '.env'): Promise<T> {
  let config: T | undefined;
  await ConfigModule.forRoot({
    envFilePath,
    validate: (variables: Record<string, unknown>) => {
      config = group.load(variables as Environment);
      return variables;
    },
  });
  if (config === undefined) throw new Error('Unreachable: ConfigModule did not validate.');
  return config;
}
