import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { AbstractProductsController } from './abstract-products.controller.js';

/** Storefront `abstract-products` resource. */
@Module({ imports: [ProductModule], controllers: [AbstractProductsController] })
export class AbstractProductsApiModule {}
