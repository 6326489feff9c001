import { Module, type DynamicModule } from '@nestjs/common';
import { CustomerModule } from '#zed-facades/customer';
import { CUSTOMERS_API_OPTIONS, type CustomersApiOptions } from './customers-api.options.js';
import { CustomersController } from './customers.controller.js';

/**
 * Storefront `customers` resource (Glue naming: `CustomersRestApi`). `auth` is the application's own
 * authentication module (`OAuthApiModule.forRoot(…)`, the instance the application imports): checks of
 * a current password count in its `LoginBlocker`, as logins do.
 */
@Module({})
export class CustomersApiModule {
  static forRoot(options: CustomersApiOptions, auth: DynamicModule): DynamicModule {
    return {
      module: CustomersApiModule,
      imports: [CustomerModule, auth],
      controllers: [CustomersController],
      providers: [{ provide: CUSTOMERS_API_OPTIONS, useValue: options }],
    };
  }
}
