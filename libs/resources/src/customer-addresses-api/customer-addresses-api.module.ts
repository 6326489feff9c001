import { Module } from '@nestjs/common';
import { CustomerModule } from '#zed-facades/customer';
import { CustomerAddressesController } from './customer-addresses.controller.js';

/** Storefront `addresses` resource (Glue naming: `CustomersRestApi` addresses). */
@Module({ imports: [CustomerModule], controllers: [CustomerAddressesController] })
export class CustomerAddressesApiModule {}
