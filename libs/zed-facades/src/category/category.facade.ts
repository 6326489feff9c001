import { Injectable } from '@nestjs/common';
import { isIntegerId } from '#zed-facades/persistence-support';
import { buildCategoryTree } from './business/category-tree.builder.js';
import { CategoryNodeReader } from './persistence/category-node.reader.js';
import type {
  CategoryNodeDetailTransfer,
  CategoryTreeNodeTransfer,
} from './transfer/category-node.transfer.js';

/** The category tree and product-to-category assignments, in one locale. Every read is one query. */
@Injectable()
export class CategoryFacade {
  constructor(private readonly nodeReader: CategoryNodeReader) {}

  /**
   * Nodes with their parents and their descendants (nested children), in the order of `nodeIds`;
   * unknown or malformed ids are omitted.
   */
  findCategoryNodesByIds(
    nodeIds: readonly string[],
    locale: string,
  ): Promise<readonly CategoryNodeDetailTransfer[]> {
    return this.nodeReader.findByIds(nodeIds.filter(isIntegerId).map(Number), locale);
  }

  /**
   * The nodes of each product's categories with their parents and children. Every requested id has an entry
   * (possibly empty), in the order the product was assigned to its categories.
   */
  getCategoryNodesByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly CategoryNodeDetailTransfer[]>> {
    return this.nodeReader.getByAbstractIds(idsAbstract, locale);
  }

  /** The root nodes, each with its descendants nested in `children`. */
  async getCategoryTree(locale: string): Promise<readonly CategoryTreeNodeTransfer[]> {
    return buildCategoryTree(await this.nodeReader.getAll(locale));
  }
}
