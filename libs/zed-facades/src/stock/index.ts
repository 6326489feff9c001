/**
 * Stock domain: warehouses, their stores, stock per concrete product, and availability.
 * Import `StockModule` into a Nest module and inject `StockFacade`.
 */
export { StockFacade } from './stock.facade.js';
export { StockModule } from './stock.module.js';
export { StockErrorCode, StockException } from './stock.exception.js';
export { STOCK_ENTITIES } from './persistence/stock-entities.js';
export type { AvailabilityTransfer, StockInput, StockProductTransfer } from './transfer/stock.transfer.js';
