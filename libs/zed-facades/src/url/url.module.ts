import { Module } from '@nestjs/common';
import { UrlReader } from './persistence/url.reader.js';
import { UrlFacade } from './url.facade.js';

/** Reads the URL columns of the product and category tables: it owns no table of its own. */
@Module({
  exports: [UrlFacade],
  providers: [UrlFacade, UrlReader],
})
export class UrlModule {}
