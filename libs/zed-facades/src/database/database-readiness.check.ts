import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Readiness of the application's database: a `SELECT 1` through its own pool, so an outage and a
 * recovery are seen exactly as requests see them. Matches glue-core's `GlueReadinessCheck` by
 * shape (zed-facades knows no glue type).
 */
@Injectable()
export class DatabaseReadinessCheck {
  readonly name = 'database';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}

/** Provides `DatabaseReadinessCheck` (over the connection `DatabaseModule.forRoot` opened). */
@Module({ providers: [DatabaseReadinessCheck], exports: [DatabaseReadinessCheck] })
export class DatabaseReadinessModule {}
