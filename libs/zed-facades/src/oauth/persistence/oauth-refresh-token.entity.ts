import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'oauth_refresh_token' })
export class OAuthRefreshTokenEntity {
  /** bigint: node-postgres hands it over as a string. */
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  /** Hex SHA-256 of the opaque token. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  /** The session (`oauth_session`) the token belongs to: every token rotated from one login. */
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'application', type: 'varchar', length: 50 })
  application!: string;

  @Column({ name: 'subject_kind', type: 'varchar', length: 20 })
  subjectKind!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ name: 'scopes', type: 'text', array: true, default: () => "'{}'" })
  scopes!: string[];

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Set when the token was exchanged for its successor. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /**
   * Set only on tokens revoked before sessions existed (migration 1764115200000 created their sessions
   * revoked); nothing writes or reads it since: a token is revoked when its session is.
   */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
