import { MailOutboxEntity } from './mail-outbox.entity.js';

export const MAIL_ENTITIES = [MailOutboxEntity] as const;
