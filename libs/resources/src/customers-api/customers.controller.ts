import { Get, Inject, Param, Patch, Post } from '@nestjs/common';
import {
  Glue,
  GlueAttributes,
  GlueHttpException,
  GlueResource,
  Public,
  RateLimitAccount,
  Scopes,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { CUSTOMER_SCOPE, requireOwnCustomer } from '#resources/customer-access';
import { requestStore } from '#resources/store-context';
import { CustomerFacade } from '#zed-facades/customer';
import { CUSTOMERS_API_OPTIONS, type CustomersApiOptions } from './customers-api.options.js';
import { CustomerRegistrationAttributes, CustomerUpdateAttributes } from './dto/customer.attributes.js';
import { throwAsGlueError } from './customer-error.mapper.js';
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
  attributes: CustomerAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class CustomersController {
  constructor(
    private readonly customerFacade: CustomerFacade,
    @Inject(CUSTOMERS_API_OPTIONS) private readonly options: CustomersApiOptions,
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
    const customer = await (
      this.options.registrationConfirmation
        ? this.customerFacade.registerCustomerWithConfirmation(registration)
        : this.customerFacade.registerCustomer(registration)
    ).catch(throwAsGlueError);
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
  async update(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
    @GlueAttributes() attributes: CustomerUpdateAttributes,
  ): Promise<GlueResourceObject<CustomerAttributes>> {
    const { confirmPassword: _confirmed, ...input } = attributes;
    // A new password revokes the customer's other sessions; the one making the change goes on.
    const customer = await this.customerFacade
      .updateCustomer(requireOwnCustomer(request, customerReference), input, request.identity?.sessionId)
      .catch(throwAsGlueError);
    return toCustomerResource(customer);
  }
}
