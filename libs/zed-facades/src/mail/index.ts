/**
 * Mail domain: mails queued in an outbox table, in the transaction of the change they report.
 * Import `MailModule` into a Nest module and inject `MailFacade`.
 */
export { MailFacade } from './mail.facade.js';
export { MailModule } from './mail.module.js';
export { MAIL_ENTITIES } from './persistence/mail-entities.js';
export type { MailInput, MailPayload, MailTransfer } from './transfer/mail.transfer.js';
