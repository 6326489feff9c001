import { Controller, Get, Module, Param } from '@nestjs/common';
import { CustomerFacade, CustomerModule } from '#zed-facades/customer';
import { DatabaseModule } from '#zed-facades/database';
import { ProductFacade, ProductModule } from '#zed-facades/product';

/** The same facade call the storefront makes, without glue-core: the benchmark's baseline. */
@Controller()
class BaselineConcreteProductsController {
  constructor(private readonly productFacade: ProductFacade) {}

  @Get('concrete-products/:sku')
  async get(@Param('sku') sku: string): Promise<string> {
    const [product] = await this.productFacade.findConcreteProductsBySkus([sku], 'de_DE');
    return JSON.stringify(product);
  }
}

/** The facade call of the storefront's `GET /customers/{ref}`, without glue-core (nor any token check). */
@Controller()
class BaselineCustomersController {
  constructor(private readonly customerFacade: CustomerFacade) {}

  @Get('customers/:customerReference')
  async get(@Param('customerReference') customerReference: string): Promise<string> {
    return JSON.stringify(await this.customerFacade.findCustomerByReference(customerReference));
  }
}

@Module({})
export class BaselineModule {
  static forRoot(databaseUrl: string): {
    module: typeof BaselineModule;
    imports: unknown[];
    controllers: unknown[];
  } {
    return {
      module: BaselineModule,
      imports: [DatabaseModule.forRoot({ url: databaseUrl }), CustomerModule, ProductModule],
      controllers: [BaselineConcreteProductsController, BaselineCustomersController],
    };
  }
}
