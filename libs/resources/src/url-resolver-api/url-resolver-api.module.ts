import { Module } from '@nestjs/common';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { UrlResolverController } from './url-resolver.controller.js';

/** Storefront `url-resolver` resource (Glue: `UrlsRestApi`). */
@Module({
  imports: [CatalogStorageModule],
  controllers: [UrlResolverController],
})
export class UrlResolverApiModule {}
