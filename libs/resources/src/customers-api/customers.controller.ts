import { Delete, Get, HttpCode, HttpStatus, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  clientInfo,
  collection,
  CollectionQuery,
  ErrorStatuses,
  Glue,
  GlueAttributes,
  GlueResource,
  LoginBlocker,
  Public,
  RateLimitAccount,
  Scopes,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { requirePagination } from '#resources/shared/collection';
import { CUSTOMER_SCOPE, requireOwnCustomer } from '#resources/shared/customer-access';
import { requestStore } from '#resources/shared/store-context';
import { CustomerFacade } from '#zed-facades/customer';
import { CUSTOMERS_API_OPTIONS, type CustomersApiOptions } from './customers-api.options.js';
import { CustomerRegistrationAttributes, CustomerUpdateAttributes } from './dto/customer.attributes.js';
import { assertPasswordConfirmed } from './dto/password-confirmation.js';
import {
  CUSTOMERS_TYPE,
  CustomerAttributesSchema,
  toCustomerResource,
  type CustomerAttributes,
} from './customers.mapper.js';

/**
 * Storefront customers: public registration in the request's store, then the customer's own
 * account (`GET /customers`, Glue's collection of one, or by reference) and its deletion. Another
 * customer's reference is 404 `402`, as an unknown one (contract §3: existence is not revealed). With
 * registration confirmation on, a registration answers 201 with the registered profile whether its
 * email was free or not (docs/security.md).
 */
@GlueResource({
  type: CUSTOMERS_TYPE,
  noun: { one: 'a customer', many: 'the authenticated customer', by: 'customer reference' },
  attributes: CustomerAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class CustomersController {
  constructor(
    private readonly customerFacade: CustomerFacade,
    @Inject(CUSTOMERS_API_OPTIONS) private readonly options: CustomersApiOptions,
    private readonly loginBlocker: LoginBlocker,
  ) {}

  @Post()
  @Public()
  @RateLimitAccount('email')
  async register(
    @Glue() request: GlueRequest,
    @GlueAttributes() attributes: CustomerRegistrationAttributes,
  ): Promise<GlueResourceObject<CustomerAttributes>> {
    assertPasswordConfirmed(attributes);
    const { confirmPassword: _confirmed, acceptedTerms: _accepted, ...input } = attributes;
    const registration = { ...input, store: requestStore(request) };
    const customer = await (this.options.registrationConfirmation
      ? this.customerFacade.registerCustomerWithConfirmation(registration)
      : this.customerFacade.registerCustomer(registration));
    return toCustomerResource(customer);
  }

  /** Glue's `GET /customers`: the authenticated customer, as a collection of one. */
  @Get()
  @Scopes(CUSTOMER_SCOPE)
  @CollectionQuery({ page: { defaultLimit: 1, maxLimit: 1 } })
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<CustomerAttributes>> {
    const reference = request.requestCustomer?.id;
    const customer =
      reference === undefined ? null : await this.customerFacade.findCustomerByReference(reference);
    const { offset } = requirePagination(request);
    const page = customer && offset === 0 ? [toCustomerResource(customer)] : [];
    return collection(page, customer ? 1 : 0);
  }

  @Get(':customerReference')
  @Scopes(CUSTOMER_SCOPE)
  async get(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
  ): Promise<GlueResourceObject<CustomerAttributes>> {
    const customer = await this.customerFacade.getCustomerByReference(
      requireOwnCustomer(request, customerReference),
    );
    return toCustomerResource(customer);
  }

  @Patch(':customerReference')
  @Scopes(CUSTOMER_SCOPE)
  // 429: the current password was guessed too often (the login blocker's count, shared with logins).
  @ErrorStatuses(HttpStatus.TOO_MANY_REQUESTS)
  async update(
    @Glue() request: GlueRequest,
    @Req() http: Request,
    @Param('customerReference') customerReference: string,
    @GlueAttributes() attributes: CustomerUpdateAttributes,
  ): Promise<GlueResourceObject<CustomerAttributes>> {
    assertPasswordConfirmed(attributes);
    const { confirmPassword: _confirmed, ...input } = attributes;
    // A new password revokes the customer's other sessions; the one making the change goes on. A stolen
    // access token must not be a way to guess the current password: its checks count as logins.
    const customer = await this.customerFacade.updateCustomer(
      requireOwnCustomer(request, customerReference),
      input,
      request.identity?.sessionId,
      this.loginBlocker.attemptsFrom(clientInfo(http).ip),
    );
    return toCustomerResource(customer);
  }

  /**
   * Glue's account deletion: the customer is anonymized (personal data wiped, addresses deleted, every
   * session revoked, so the token of this very request stops working); its orders stay. 204.
   */
  @Delete(':customerReference')
  @Scopes(CUSTOMER_SCOPE)
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
  ): Promise<void> {
    await this.customerFacade.anonymizeCustomer(requireOwnCustomer(request, customerReference));
  }
}
