import { Controller, Get, Module, Param } from '@nestjs/common';
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

@Module({})
export class BaselineModule {
  static forRoot(databaseUrl: string): {
    module: typeof BaselineModule;
    imports: unknown[];
    controllers: unknown[];
  } {
    return {
      module: BaselineModule,
      imports: [DatabaseModule.forRoot({ url: databaseUrl }), ProductModule],
      controllers: [BaselineConcreteProductsController],
    };
  }
}
