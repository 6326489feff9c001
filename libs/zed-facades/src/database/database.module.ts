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
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...createDataSourceOptions(options.url),
          retryAttempts: 3,
          retryDelay: 1000,
          manualInitialization: options.connect === false,
        }),
      ],
    };
  }
}
