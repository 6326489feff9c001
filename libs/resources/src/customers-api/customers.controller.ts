import { Get, HttpStatus, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  clientInfo,
  ErrorStatuses,
  Glue,
  GlueAttributes,
  GlueHttpException,
  GlueResource,
  LoginBlocker,
  Public,
  RateLimitAccount,
  Scopes,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { CUSTOMER_SCOPE, requireOwnCustomer } from '#resources/shared/customer-access';
import { requestStore } from '#resources/shared/store-context';
import { CustomerFacade } from '#zed-facades/customer';
import { CUSTOMERS_API_OPTIONS, type CustomersApiOptions } from './customers-api.options.js';
import { CustomerRegistrationAttributes, CustomerUpdateAttributes } from './dto/customer.attributes.js';
import {
  CUSTOMERS_TYPE,
  CustomerAttributesSchema,
  toCustomerResource,
  type CustomerAttributes,
} from './customers.mapper.js';

/**
 * Storefront customers: public registration in the request's store, then the customer's own
 * account. Another customer's reference is 404 (contract §3: existence is not revealed). With
 * registration confirmation on, a registration answers 201 with the registered profile whether its
 * email was free or not (docs/security.md).
 */
@GlueResource({
  type: CUSTOMERS_TYPE,
  noun: { one: 'a customer', by: 'customer reference' },
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
    const { confirmPassword: _confirmed, acceptedTerms: _accepted, ...input } = attributes;
    const registration = { ...input, store: requestStore(request) };
    const customer = await (this.options.registrationConfirmation
      ? this.customerFacade.registerCustomerWithConfirmation(registration)
      : this.customerFacade.registerCustomer(registration));
    return toCustomerResource(customer);
  }

  @Get(':customerReference')
  @Scopes(CUSTOMER_SCOPE)
  async get(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
  ): Promise<GlueResourceObject<CustomerAttributes>> {
    const customer = await this.customerFacade.findCustomerByReference(
      requireOwnCustomer(request, customerReference),
    );
    if (!customer) throw GlueHttpException.notFound(`Customer "${customerReference}" was not found.`);
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
}
