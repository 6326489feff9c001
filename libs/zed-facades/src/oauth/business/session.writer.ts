import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SessionRevocationSubscriber } from '../persistence/session-revocation.subscriber.js';
import { revokeSessions, type SessionSelection } from '../persistence/session.repository.js';
import type { SessionAccount, SessionRevocationReason } from '../transfer/session.transfer.js';

/**
 * Revokes sessions in the caller's transaction, so that a change and the revocation it implies commit
 * or roll back together; this process's session caches hear of it once that transaction commits. The
 * writers of other domains (a deactivated user, a changed password) call `revokeAccountSessions`.
 */
@Injectable()
export class SessionWriter {
  constructor(private readonly subscriber: SessionRevocationSubscriber) {}

  /**
   * Revokes every live session of `account`, in every application, but `keep` (the session making a
   * password change, which goes on); returns how many were revoked.
   */
  async revokeAccountSessions(
    manager: EntityManager,
    account: SessionAccount,
    reason: SessionRevocationReason,
    keep: string | null = null,
  ): Promise<number> {
    return (await this.revoke(manager, { by: 'account', account, keep }, reason)).length;
  }

  /** Revokes the selected live sessions; returns their ids. */
  async revoke(
    manager: EntityManager,
    selection: SessionSelection,
    reason: SessionRevocationReason,
  ): Promise<readonly string[]> {
    const revoked = await revokeSessions(manager, selection, reason);
    this.subscriber.revoked(manager, revoked);
    return revoked;
  }
}
