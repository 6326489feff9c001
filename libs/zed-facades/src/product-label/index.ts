/**
 * Product label domain: labels, their localized names and validity, and their assignment to abstract
 * products. Import `ProductLabelModule` into a Nest module and inject `ProductLabelFacade`.
 */
export { ProductLabelFacade } from './product-label.facade.js';
export { ProductLabelModule } from './product-label.module.js';
export { PRODUCT_LABEL_ENTITIES } from './persistence/product-label-entities.js';
export type { ProductLabelTransfer } from './transfer/product-label.transfer.js';
