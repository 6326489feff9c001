import { Module, type DynamicModule } from '@nestjs/common';
import { CustomerModule } from '#zed-facades/customer';
import { CUSTOMERS_API_OPTIONS, type CustomersApiOptions } from './customers-api.options.js';
import { CustomersController } from './customers.controller.js';

/** Storefront `customers` resource (Glue naming: `CustomersRestApi`). */
@Module({})
export class CustomersApiModule {
  static forRoot(options: CustomersApiOptions): DynamicModule {
    return {
      module: CustomersApiModule,
      imports: [CustomerModule],
      controllers: [CustomersController],
      providers: [{ provide: CUSTOMERS_API_OPTIONS, useValue: options }],
    };
  }
}
