import { Injectable } from '@nestjs/common';
import { buildCategoryTree } from './business/category-tree.builder.js';
import { CategoryNodeReader } from './persistence/category-node.reader.js';
import type { CategoryNodeTransfer, CategoryTreeNodeTransfer } from './transfer/category-node.transfer.js';

/** The category tree and product-to-category assignments, in one locale. */
@Injectable()
export class CategoryFacade {
  constructor(private readonly nodeReader: CategoryNodeReader) {}

  /** Every requested id has an entry (possibly empty), ordered by the product's category order. */
  getCategoryNodesByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly CategoryNodeTransfer[]>> {
    return this.nodeReader.getByAbstractIds(idsAbstract, locale);
  }

  /** The root nodes, each with its descendants nested in `children`. */
  async getCategoryTree(locale: string): Promise<readonly CategoryTreeNodeTransfer[]> {
    return buildCategoryTree(await this.nodeReader.getAll(locale));
  }
}
