import { Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  collection,
  CollectionQuery,
  Glue,
  GlueAttributes,
  GlueHttpException,
  GlueResource,
  Scopes,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { CUSTOMER_SCOPE, requireOwnCustomer } from '#resources/customer-access';
import { CustomerFacade } from '#zed-facades/customer';
import {
  CustomerAddressCreateAttributes,
  CustomerAddressUpdateAttributes,
} from './dto/customer-address.attributes.js';
import { toGlueException } from './customer-address-error.mapper.js';
import {
  ADDRESSES_TYPE,
  toCustomerAddressResource,
  type CustomerAddressAttributes,
} from './customer-addresses.mapper.js';

type AddressResource = GlueResourceObject<CustomerAddressAttributes>;

/**
 * The customer's address book. Only its owner sees it: another customer's reference or address is
 * 404 (contract §3). Setting `isDefaultShipping`/`isDefaultBilling` moves the flag from the
 * address that held it (the facade does both in one transaction).
 */
@GlueResource({
  type: ADDRESSES_TYPE,
  path: 'customers/:customerReference/addresses',
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
    const addresses = await this.customerFacade.getAddresses(owner).catch(rethrow);
    const { offset, limit } = request.pagination ?? { offset: 0, limit: addresses.length };
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
    const address = isUUID(addressId)
      ? await this.customerFacade.findAddress(owner, addressId).catch(rethrow)
      : null;
    if (!address) throw addressNotFound(addressId);
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
    const address = await this.customerFacade.createAddress(owner, attributes).catch(rethrow);
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
    if (!isUUID(addressId)) throw addressNotFound(addressId);
    const address = await this.customerFacade.updateAddress(owner, addressId, attributes).catch(rethrow);
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
    if (!isUUID(addressId)) throw addressNotFound(addressId);
    await this.customerFacade.deleteAddress(owner, addressId).catch(rethrow);
  }
}

function addressNotFound(addressId: string): GlueHttpException {
  return GlueHttpException.notFound(`Address "${addressId}" was not found.`);
}

function rethrow(error: unknown): never {
  throw toGlueException(error);
}
