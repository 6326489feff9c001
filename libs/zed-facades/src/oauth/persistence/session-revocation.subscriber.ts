import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { SessionRevocationListener } from '../transfer/session.transfer.js';

/** Where a transaction keeps the ids of the sessions it revoked until it commits (`QueryRunner.data`). */
const PENDING = 'oauth.revokedSessionIds';

/**
 * Tells this process's listeners (the applications' session caches) which sessions were revoked, once
 * the revocation is committed: announcing earlier would let a concurrent request read the session as
 * still active and cache that. A revocation inside a transaction is announced when its outermost
 * transaction commits (a TypeORM subscriber, registered on the application's DataSource), whoever
 * started that transaction: the writers of other domains need do nothing but revoke in it.
 */
@Injectable()
export class SessionRevocationSubscriber implements EntitySubscriberInterface {
  private readonly listeners = new Set<SessionRevocationListener>();
  private readonly logger = new Logger('SessionRevocation');

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** Calls `listener` with the ids of every revocation this process commits; returns the unsubscribe. */
  listen(listener: SessionRevocationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records what a statement run through `manager` revoked: announced now, or when its transaction commits. */
  revoked(manager: EntityManager, sessionIds: readonly string[]): void {
    if (sessionIds.length === 0) return;
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      const pending = (runner.data[PENDING] ?? []) as string[];
      runner.data[PENDING] = [...pending, ...sessionIds];
      return;
    }
    this.announce(sessionIds);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Still active: a savepoint was released, the outer transaction may yet roll back.
    if (event.queryRunner.isTransactionActive) return;
    const pending = event.queryRunner.data[PENDING] as readonly string[] | undefined;
    if (pending === undefined) return;
    delete event.queryRunner.data[PENDING];
    this.announce(pending);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data[PENDING];
  }

  private announce(sessionIds: readonly string[]): void {
    for (const listener of this.listeners) {
      try {
        listener(sessionIds);
      } catch (error) {
        // The revocation is committed; other processes see it within their cache's bound anyway.
        this.logger.error(`A session revocation listener failed: ${String(error)}`);
      }
    }
  }
}
