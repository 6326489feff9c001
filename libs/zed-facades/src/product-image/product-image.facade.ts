import { Injectable } from '@nestjs/common';
import { ProductImageSetReader } from './persistence/product-image-set.reader.js';
import type { ImageSetTransfer } from './transfer/image-set.transfer.js';

/**
 * Product image sets for one locale. A set of the locale wins over the default (locale-less) set of the same
 * name. Maps carry an entry (possibly empty) for every requested id; sets are ordered by name.
 */
@Injectable()
export class ProductImageFacade {
  constructor(private readonly imageSetReader: ProductImageSetReader) {}

  getAbstractImageSets(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly ImageSetTransfer[]>> {
    return this.imageSetReader.getImageSets('fk_product_abstract', idsAbstract, locale);
  }

  getConcreteImageSets(
    idsConcrete: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly ImageSetTransfer[]>> {
    return this.imageSetReader.getImageSets('fk_product_concrete', idsConcrete, locale);
  }
}
