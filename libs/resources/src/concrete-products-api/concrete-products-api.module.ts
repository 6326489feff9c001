import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { ConcreteProductsController } from './concrete-products.controller.js';

/** Storefront `concrete-products` resource. */
@Module({ imports: [ProductModule], controllers: [ConcreteProductsController] })
export class ConcreteProductsApiModule {}
