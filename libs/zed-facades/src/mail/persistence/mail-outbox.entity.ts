import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MailPayload } from '../transfer/mail.transfer.js';

/** A mail waiting to be delivered (development: it stays here, where tests and developers read it). */
@Entity({ name: 'mail_outbox' })
export class MailOutboxEntity {
  /** bigint: node-postgres hands it over as a string. */
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  /** What the mail is (`customer-registration-confirmation`, …): its template. */
  @Column({ name: 'type', type: 'varchar', length: 100 })
  type!: string;

  @Column({ name: 'recipient', type: 'varchar', length: 254 })
  recipient!: string;

  /** What the template needs (names, links, keys). */
  @Column({ name: 'payload', type: 'jsonb' })
  payload!: MailPayload;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
