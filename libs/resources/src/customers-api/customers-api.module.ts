import { Module } from '@nestjs/common';
import { CustomerModule } from '#zed-facades/customer';
import { CustomersController } from './customers.controller.js';

/** Storefront `customers` resource (Glue naming: `CustomersRestApi`). */
@Module({ imports: [CustomerModule], controllers: [CustomersController] })
export class CustomersApiModule {}
