import { Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  collection,
  CollectionQuery,
  Glue,
  GlueAttributes,
  GlueResource,
  Scopes,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { requirePagination } from '#resources/shared/collection';
import { CUSTOMER_SCOPE, requireOwnCustomer } from '#resources/shared/customer-access';
import { CustomerFacade } from '#zed-facades/customer';
import {
  CustomerAddressCreateAttributes,
  CustomerAddressUpdateAttributes,
} from './dto/customer-address.attributes.js';
import {
  ADDRESSES_TYPE,
  CustomerAddressAttributesSchema,
  toCustomerAddressResource,
  type CustomerAddressAttributes,
} from './customer-addresses.mapper.js';

type AddressResource = GlueResourceObject<CustomerAddressAttributes>;

/**
 * The customer's address book. Only its owner sees it: another customer's reference is 404 `402`, an
 * address not the caller's 404 `404` (Glue's codes; contract §3). Setting `isDefaultShipping`/`isDefaultBilling` moves the flag from the
 * address that held it (the facade does both in one transaction).
 */
@GlueResource({
  type: ADDRESSES_TYPE,
  noun: { one: 'an address of a customer', many: 'the addresses of a customer', by: 'id' },
  path: 'customers/:customerReference/addresses',
  attributes: CustomerAddressAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class CustomerAddressesController {
  constructor(private readonly customerFacade: CustomerFacade) {}

  @Get()
  @Scopes(CUSTOMER_SCOPE)
  @CollectionQuery({ page: { defaultLimit: 50, maxLimit: 100 } })
  async list(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
  ): Promise<GlueCollection<CustomerAddressAttributes>> {
    const owner = requireOwnCustomer(request, customerReference);
    const addresses = await this.customerFacade.getAddresses(owner);
    const { offset, limit } = requirePagination(request);
    return collection(
      addresses.slice(offset, offset + limit).map((address) => toCustomerAddressResource(owner, address)),
      addresses.length,
    );
  }

  @Get(':addressId')
  @Scopes(CUSTOMER_SCOPE)
  async get(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
    @Param('addressId') addressId: string,
  ): Promise<AddressResource> {
    const owner = requireOwnCustomer(request, customerReference);
    const address = await this.customerFacade.getAddress(owner, addressId);
    return toCustomerAddressResource(owner, address);
  }

  @Post()
  @Scopes(CUSTOMER_SCOPE)
  async create(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
    @GlueAttributes() attributes: CustomerAddressCreateAttributes,
  ): Promise<AddressResource> {
    const owner = requireOwnCustomer(request, customerReference);
    const { country: _name, ...input } = attributes;
    const address = await this.customerFacade.createAddress(owner, input);
    return toCustomerAddressResource(owner, address);
  }

  @Patch(':addressId')
  @Scopes(CUSTOMER_SCOPE)
  async update(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
    @Param('addressId') addressId: string,
    @GlueAttributes() attributes: CustomerAddressUpdateAttributes,
  ): Promise<AddressResource> {
    const owner = requireOwnCustomer(request, customerReference);
    const { country: _name, ...input } = attributes;
    const address = await this.customerFacade.updateAddress(owner, addressId, input);
    return toCustomerAddressResource(owner, address);
  }

  @Delete(':addressId')
  @Scopes(CUSTOMER_SCOPE)
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(
    @Glue() request: GlueRequest,
    @Param('customerReference') customerReference: string,
    @Param('addressId') addressId: string,
  ): Promise<void> {
    const owner = requireOwnCustomer(request, customerReference);
    await this.customerFacade.deleteAddress(owner, addressId);
  }
}
