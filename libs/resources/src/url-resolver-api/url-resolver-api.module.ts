import { Module } from '@nestjs/common';
import { UrlModule } from '#zed-facades/url';
import { UrlResolverController } from './url-resolver.controller.js';

/** Storefront `url-resolver` resource (Glue: `UrlsRestApi`). */
@Module({
  imports: [UrlModule],
  controllers: [UrlResolverController],
})
export class UrlResolverApiModule {}
