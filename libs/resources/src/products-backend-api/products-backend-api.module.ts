import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { ProductsController } from './products.controller.js';

/** Backend `products` resource (Glue naming: `ProductsBackendApi`). */
@Module({ imports: [ProductModule], controllers: [ProductsController] })
export class ProductsBackendApiModule {}
