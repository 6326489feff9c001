/**
 * Product domain: abstract and concrete products with their localized texts.
 * Import `ProductModule` into a Nest module and inject `ProductFacade`.
 */
export { ProductFacade } from './product.facade.js';
export { ProductModule } from './product.module.js';
export { ProductErrorCode, ProductException } from './product.exception.js';
export { PRODUCT_ENTITIES } from './persistence/product-entities.js';
export type {
  AbstractProductConcreteTransfer,
  AbstractProductTransfer,
} from './transfer/abstract-product.transfer.js';
export type { ConcreteProductTransfer } from './transfer/concrete-product.transfer.js';
export type {
  ProductPage,
  ProductPageCriteria,
  ProductPageFilter,
  ProductSort,
  ProductSortField,
  SortDirection,
} from './transfer/product-page.transfer.js';
export type {
  ProductConcreteInput,
  ProductConcreteTransfer,
  ProductCreateInput,
  ProductLocalizedAttributesInput,
  ProductLocalizedAttributesTransfer,
  ProductTransfer,
  ProductUpdateInput,
} from './transfer/product.transfer.js';
