/**
 * Product image domain: image sets of abstract and concrete products, per locale or default.
 * Import `ProductImageModule` into a Nest module and inject `ProductImageFacade`.
 */
export { ProductImageFacade } from './product-image.facade.js';
export { ProductImageModule } from './product-image.module.js';
export { PRODUCT_IMAGE_ENTITIES } from './persistence/product-image-entities.js';
export type { ImageSetTransfer, ImageTransfer } from './transfer/image-set.transfer.js';
