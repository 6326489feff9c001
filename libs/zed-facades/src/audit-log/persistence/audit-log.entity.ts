import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'audit_log' })
export class AuditLogEntity {
  /** bigint: node-postgres hands it over as a string. */
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'event', type: 'varchar', length: 50 })
  event!: string;

  @Column({ name: 'application', type: 'varchar', length: 50 })
  application!: string;

  @Column({ name: 'username', type: 'varchar', length: 254 })
  username!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64, nullable: true })
  userId!: string | null;

  @Column({ name: 'success', type: 'boolean' })
  success!: boolean;

  @Column({ name: 'reason', type: 'varchar', length: 50, nullable: true })
  reason!: string | null;

  @Column({ name: 'ip', type: 'varchar', length: 45 })
  ip!: string;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
