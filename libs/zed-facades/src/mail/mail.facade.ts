import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MailOutboxEntity } from './persistence/mail-outbox.entity.js';
import type { MailInput, MailTransfer } from './transfer/mail.transfer.js';

/**
 * Mails to customers and users, through an outbox table: a mail is queued in the same transaction as
 * the change it reports, so it exists exactly when the change does. Nothing delivers it yet (a
 * development outbox); a delivery worker would read, send and delete. Mails may carry secrets (a
 * confirmation key): never log them.
 */
@Injectable()
export class MailFacade {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the caller's transaction as `manager` to queue the mail only if that transaction commits. */
  async queueMail(mail: MailInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(MailOutboxEntity, {
      type: mail.type,
      recipient: mail.recipient,
      payload: mail.payload,
    });
  }

  /** The mails queued for `recipient`, oldest first (development and tests). */
  async getQueuedMails(recipient: string): Promise<readonly MailTransfer[]> {
    const rows = await this.dataSource.manager.find(MailOutboxEntity, {
      where: { recipient },
      order: { id: 'ASC' },
    });
    return rows.map((row) => ({
      id: String(row.id),
      type: row.type,
      recipient: row.recipient,
      payload: row.payload,
      createdAt: row.createdAt,
    }));
  }
}
