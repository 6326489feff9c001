import { Injectable } from '@nestjs/common';
import { UrlReader } from './persistence/url.reader.js';
import type { UrlTargetTransfer } from './transfer/url-target.transfer.js';

/**
 * Shop URLs: the localized URLs of abstract products and categories (each locale has its own, like
 * `/en/…` and `/de/…`). There is no CMS, so no URL names a CMS page.
 */
@Injectable()
export class UrlFacade {
  constructor(private readonly urlReader: UrlReader) {}

  /** The active product or category the URL shows, whatever its locale; null when none does. */
  findUrlTarget(url: string): Promise<UrlTargetTransfer | null> {
    return this.urlReader.findTarget(url);
  }
}
