import { Injectable } from '@nestjs/common';
import {
  USER_IDENTITY_KIND,
  type AccessTokenPayload,
  type ExternalIdentityClaims,
  type GlueIdentity,
  type GlueLoginAttempt,
  type GlueOAuthAccount,
  type GlueOAuthAccountProvider,
} from '#glue-core';
import { scopesForRoles } from '#resources/shared/back-office-access';
import type { ExternalIdentityMapper } from '#resources/shared/oauth';
import { AuditLogFacade } from '#zed-facades/audit-log';
import { UserFacade, type UserTransfer } from '#zed-facades/user';

/** Back-office users as the backend's OAuth server sees them; every password attempt is audited. */
@Injectable()
export class BackOfficeUserAccounts implements GlueOAuthAccountProvider {
  readonly kind = USER_IDENTITY_KIND;

  constructor(
    private readonly userFacade: UserFacade,
    private readonly auditLogFacade: AuditLogFacade,
  ) {}

  async verifyPassword(username: string, password: string): Promise<GlueOAuthAccount | null> {
    const user = await this.userFacade.verifyCredentials(username, password);
    return user && toAccount(user);
  }

  async findAccount(id: string): Promise<GlueOAuthAccount | null> {
    const user = await this.userFacade.findActiveUserById(id);
    return user && toAccount(user);
  }

  identityId(payload: AccessTokenPayload): string | null {
    return typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : null;
  }

  recordLoginAttempt(attempt: GlueLoginAttempt): Promise<void> {
    return this.auditLogFacade.recordLoginAttempt({
      application: attempt.application,
      username: attempt.username,
      userId: attempt.account?.id ?? null,
      success: attempt.success,
      reason: attempt.reason,
      ip: attempt.client.ip,
      userAgent: attempt.client.userAgent,
    });
  }
}

/** Tokens of the external issuer open the backend for the active user with the token's e-mail. */
@Injectable()
export class BackOfficeExternalIdentities implements ExternalIdentityMapper {
  constructor(private readonly userFacade: UserFacade) {}

  readonly resolve = async (claims: ExternalIdentityClaims): Promise<GlueIdentity | null> => {
    if (claims.email === null) return null;
    const user = await this.userFacade.findActiveUserByEmail(claims.email);
    if (!user) return null;
    return {
      kind: USER_IDENTITY_KIND,
      id: user.id,
      scopes: scopesForRoles(user.roles),
      claims: claims.payload,
      // The issuer's sessions are the issuer's: its tokens live until their own expiry (docs/security.md).
      sessionId: null,
    };
  };
}

function toAccount(user: UserTransfer): GlueOAuthAccount {
  return { id: user.id, subject: user.id, scopes: scopesForRoles(user.roles) };
}
