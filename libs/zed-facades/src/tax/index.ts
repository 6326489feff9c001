/**
 * Tax domain: tax rates per country, tax sets grouping them, and the tax set of each abstract product.
 * Import `TaxModule` into a Nest module and inject `TaxFacade`.
 */
export { TaxFacade } from './tax.facade.js';
export { TaxModule } from './tax.module.js';
export { TAX_ENTITIES } from './persistence/tax-entities.js';
export type { TaxRateTransfer, TaxSetTransfer } from './transfer/tax-set.transfer.js';
