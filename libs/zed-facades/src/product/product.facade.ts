import { Injectable } from '@nestjs/common';
import { ProductWriter } from './business/product.writer.js';
import { AbstractProductReader } from './persistence/abstract-product.reader.js';
import { ConcreteProductReader } from './persistence/concrete-product.reader.js';
import { ProductIdPageReader } from './persistence/product-id-page.reader.js';
import { ProductReader } from './persistence/product.reader.js';
import type { AbstractProductTransfer } from './transfer/abstract-product.transfer.js';
import type { ConcreteProductTransfer } from './transfer/concrete-product.transfer.js';
import type { ProductPage, ProductPageCriteria } from './transfer/product-page.transfer.js';
import type {
  ProductConcreteTransfer,
  ProductCreateInput,
  ProductTransfer,
  ProductUpdateInput,
} from './transfer/product.transfer.js';

/** The locale whose names order the backend's locale-less product collection. */
const BACKEND_NAME_SORT_LOCALE = 'en_US';

/**
 * Abstract and concrete products. Storefront reads take one locale; backend reads and writes see every
 * locale. Every read runs a constant number of queries whatever the number of products (storefront reads by
 * sku: exactly one); writes are single transactions and throw `ProductException`.
 */
@Injectable()
export class ProductFacade {
  constructor(
    private readonly abstractProductReader: AbstractProductReader,
    private readonly concreteProductReader: ConcreteProductReader,
    private readonly idPageReader: ProductIdPageReader,
    private readonly productReader: ProductReader,
    private readonly productWriter: ProductWriter,
  ) {}

  /** In the order of `skus`; unknown skus are omitted. */
  findAbstractProductsBySkus(
    skus: readonly string[],
    locale: string,
  ): Promise<readonly AbstractProductTransfer[]> {
    return this.abstractProductReader.findBySkus(skus, locale);
  }

  /** Sorting by name uses the names of `locale`. */
  async getAbstractProductPage(
    criteria: ProductPageCriteria,
    locale: string,
  ): Promise<ProductPage<AbstractProductTransfer>> {
    const page = await this.idPageReader.findIdPage('abstract', criteria, locale);
    return { items: await this.abstractProductReader.hydrate(page.ids, locale), total: page.total };
  }

  /**
   * The skus of a page of abstract products (sorting by name uses the names of `locale`), for a reader of
   * the published documents: the storefront's listing takes its page here and its products from storage.
   */
  async getAbstractProductSkuPage(
    criteria: ProductPageCriteria,
    locale: string,
  ): Promise<ProductPage<string>> {
    const page = await this.idPageReader.findIdPage('abstract', criteria, locale);
    return { items: page.skus, total: page.total };
  }

  /** As `getAbstractProductSkuPage`, for concrete products (sorted by their own names). */
  async getConcreteProductSkuPage(
    criteria: ProductPageCriteria,
    locale: string,
  ): Promise<ProductPage<string>> {
    const page = await this.idPageReader.findIdPage('concrete', criteria, locale);
    return { items: page.skus, total: page.total };
  }

  /** In the order of `skus`; unknown skus are omitted. */
  findConcreteProductsBySkus(
    skus: readonly string[],
    locale: string,
  ): Promise<readonly ConcreteProductTransfer[]> {
    return this.concreteProductReader.findBySkus(skus, locale);
  }

  /** Sorting by name uses the concretes' own names in `locale`. */
  async getConcreteProductPage(
    criteria: ProductPageCriteria,
    locale: string,
  ): Promise<ProductPage<ConcreteProductTransfer>> {
    const page = await this.idPageReader.findIdPage('concrete', criteria, locale);
    return { items: await this.concreteProductReader.hydrate(page.ids, locale), total: page.total };
  }

  /** Every requested id has an entry (possibly empty), each list ordered by sku. */
  getConcreteProductsByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly ConcreteProductTransfer[]>> {
    return this.concreteProductReader.getByAbstractIds(idsAbstract, locale);
  }

  async findProductBySku(sku: string): Promise<ProductTransfer | null> {
    const id = await this.productReader.findIdBySku(sku);
    if (id === null) {
      return null;
    }
    const [product] = await this.productReader.hydrate([id]);
    return product ?? null;
  }

  /** Backend concretes (every locale) in the order of `skus`; unknown skus are omitted. One query. */
  findProductConcretesBySkus(skus: readonly string[]): Promise<readonly ProductConcreteTransfer[]> {
    return this.productReader.findConcretesBySkus(skus);
  }

  /** Sorting by name uses the `en_US` names (`BACKEND_NAME_SORT_LOCALE`). */
  async getProductPage(criteria: ProductPageCriteria): Promise<ProductPage<ProductTransfer>> {
    const page = await this.idPageReader.findIdPage('abstract', criteria, BACKEND_NAME_SORT_LOCALE);
    return { items: await this.productReader.hydrate(page.ids), total: page.total };
  }

  createProduct(input: ProductCreateInput): Promise<ProductTransfer> {
    return this.productWriter.create(input);
  }

  updateProduct(sku: string, input: ProductUpdateInput): Promise<ProductTransfer> {
    return this.productWriter.update(sku, input);
  }

  deleteProduct(sku: string): Promise<void> {
    return this.productWriter.delete(sku);
  }
}
