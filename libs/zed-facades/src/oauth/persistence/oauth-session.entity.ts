import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one login starts; its access tokens name it (`sid`), its refresh tokens belong to it. */
@Entity({ name: 'oauth_session' })
export class OAuthSessionEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'application', type: 'varchar', length: 50 })
  application!: string;

  @Column({ name: 'subject_kind', type: 'varchar', length: 20 })
  subjectKind!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Set once, never cleared: a revoked session stays revoked. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** A `SessionRevocationReason`, for operators (`migrated` for sessions revoked before the table existed). */
  @Column({ name: 'revoked_reason', type: 'varchar', length: 30, nullable: true })
  revokedReason!: string | null;
}
