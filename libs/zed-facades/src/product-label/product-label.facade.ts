import { Injectable } from '@nestjs/common';
import { isIntegerId } from '#zed-facades/persistence-support';
import { ProductLabelReader } from './persistence/product-label.reader.js';
import type { ProductLabelTransfer } from './transfer/product-label.transfer.js';

/**
 * Product labels as the storefront shows them: only active labels inside their validity window, named in
 * the requested locale, ordered by position. A concrete product has the labels of its abstract product.
 */
@Injectable()
export class ProductLabelFacade {
  constructor(private readonly labelReader: ProductLabelReader) {}

  /** The shown labels among `ids` (as a path names them); unknown, malformed, inactive or expired ones are left out. */
  findProductLabelsByIds(ids: readonly string[], locale: string): Promise<ProductLabelTransfer[]> {
    return this.labelReader.findShownByIds(ids.filter(isIntegerId).map(Number), locale);
  }

  /** The shown labels of each abstract product, one entry (possibly empty) per requested id. */
  getProductLabelsByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly ProductLabelTransfer[]>> {
    return this.labelReader.getShownByAbstractIds(idsAbstract, locale);
  }
}
