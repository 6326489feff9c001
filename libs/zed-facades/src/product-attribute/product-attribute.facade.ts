import { Injectable } from '@nestjs/common';
import { ProductManagementAttributeReader } from './persistence/product-management-attribute.reader.js';
import type {
  ProductManagementAttributePageTransfer,
  ProductManagementAttributeTransfer,
} from './transfer/product-management-attribute.transfer.js';

/**
 * The product attributes the catalog uses (`brand`, `color`, …): their input type, whether they are a
 * variant axis (super attribute), their names per locale and their predefined values with translations.
 */
@Injectable()
export class ProductAttributeFacade {
  constructor(private readonly attributeReader: ProductManagementAttributeReader) {}

  /** The attributes among `keys` that exist, ordered by key. */
  findProductManagementAttributesByKeys(
    keys: readonly string[],
  ): Promise<ProductManagementAttributeTransfer[]> {
    return this.attributeReader.findByKeys(keys);
  }

  /** A page of every attribute, ordered by key, with the total count. */
  getProductManagementAttributes(
    offset: number,
    limit: number,
  ): Promise<ProductManagementAttributePageTransfer> {
    return this.attributeReader.getPage(offset, limit);
  }
}
