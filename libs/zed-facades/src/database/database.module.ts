import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createDataSourceOptions } from './data-source.js';

export interface DatabaseModuleOptions {
  /** A PostgreSQL connection URL (`postgres://user:password@host:port/database`). */
  readonly url: string;
  /**
   * `false`: the connection is configured but never opened, for tools that boot an application
   * only to read its declarations (the OpenAPI generator). Default `true`.
   */
  readonly connect?: boolean;
}

/**
 * The application's single TypeORM connection. Import `DatabaseModule.forRoot({ url })` once per app; domain
 * modules register their entities with `TypeOrmModule.forFeature` and inject `DataSource` or repositories.
 * Migrations are not run here: the start script runs them before the apps boot.
 *
 * `@nestjs/typeorm` counts `forRoot()` calls per process (its `DataSourceNameRegistry`) to catch two data
 * sources under one name in one application, and warns on the second. Two applications in one process
 * (`npm start`, the e2e suites) each need the default data source in their own container, so the module
 * definition is built once per set of options and shared: each application still creates its own
 * `DataSource` from it.
 */
@Module({})
export class DatabaseModule {
  private static readonly definitions = new Map<string, DynamicModule>();

  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    const connect = options.connect !== false;
    const key = `${connect ? 'connect' : 'declare'} ${options.url}`;
    let definition = DatabaseModule.definitions.get(key);
    if (!definition) {
      definition = {
        module: DatabaseModule,
        imports: [
          TypeOrmModule.forRoot({
            ...createDataSourceOptions(options.url),
            retryAttempts: 3,
            retryDelay: 1000,
            manualInitialization: !connect,
          }),
        ],
      };
      DatabaseModule.definitions.set(key, definition);
    }
    return definition;
  }
}
