import { Injectable } from '@nestjs/common';
import {
  CUSTOMER_IDENTITY_KIND,
  type AccessTokenPayload,
  type ExternalIdentityClaims,
  type GlueIdentity,
  type GlueOAuthAccount,
  type GlueOAuthAccountProvider,
} from '#glue-core';
import { CUSTOMER_SCOPE } from '#resources/shared/customer-access';
import type { ExternalIdentityMapper } from '#resources/shared/oauth';
import { CustomerFacade, type CustomerTransfer } from '#zed-facades/customer';

/**
 * Storefront customers as the storefront's OAuth server sees them. The token's `sub` keeps Glue's
 * shape, a JSON string `{"customer_reference":"DE--1","id_customer":1}`, because Glue clients read
 * the customer reference from it.
 */
@Injectable()
export class CustomerAccounts implements GlueOAuthAccountProvider {
  readonly kind = CUSTOMER_IDENTITY_KIND;

  constructor(private readonly customerFacade: CustomerFacade) {}

  async verifyPassword(username: string, password: string): Promise<GlueOAuthAccount | null> {
    const customer = await this.customerFacade.verifyCredentials(username, password);
    return customer && toAccount(customer);
  }

  async findAccount(customerReference: string): Promise<GlueOAuthAccount | null> {
    const customer = await this.customerFacade.findCustomerByReference(customerReference);
    return customer && toAccount(customer);
  }

  identityId(payload: AccessTokenPayload): string | null {
    return customerReferenceOf(payload.sub);
  }
}

/** Tokens of the external issuer open the storefront for the customer with the token's e-mail. */
@Injectable()
export class CustomerExternalIdentities implements ExternalIdentityMapper {
  constructor(private readonly customerFacade: CustomerFacade) {}

  readonly resolve = async (claims: ExternalIdentityClaims): Promise<GlueIdentity | null> => {
    if (claims.email === null) return null;
    const customer = await this.customerFacade.findCustomerByEmail(claims.email);
    if (!customer) return null;
    return {
      kind: CUSTOMER_IDENTITY_KIND,
      id: customer.customerReference,
      scopes: [CUSTOMER_SCOPE],
      claims: claims.payload,
      // The issuer's sessions are the issuer's: its tokens live until their own expiry (docs/security.md).
      sessionId: null,
    };
  };
}

/** Glue's storefront `sub`: a JSON string with `customer_reference` and `id_customer`. */
export function customerSubject(customer: Pick<CustomerTransfer, 'customerReference' | 'id'>): string {
  return JSON.stringify({ customer_reference: customer.customerReference, id_customer: customer.id });
}

function customerReferenceOf(subject: unknown): string | null {
  if (typeof subject !== 'string') return null;
  try {
    const parsed = JSON.parse(subject) as { customer_reference?: unknown };
    return typeof parsed.customer_reference === 'string' ? parsed.customer_reference : null;
  } catch {
    return null;
  }
}

function toAccount(customer: CustomerTransfer): GlueOAuthAccount {
  return { id: customer.customerReference, subject: customerSubject(customer), scopes: [CUSTOMER_SCOPE] };
}
