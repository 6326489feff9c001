/**
 * URL domain: which product or category a shop URL shows. Import `UrlModule` into a Nest module and
 * inject `UrlFacade`.
 */
export { UrlFacade } from './url.facade.js';
export { UrlModule } from './url.module.js';
export type { UrlTargetTransfer } from './transfer/url-target.transfer.js';
