import { Module } from '@nestjs/common';
import { AbstractProductConcreteProductsRelationship } from './relationships/abstract-product-concrete-products.relationship.js';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { ProductModule } from '#zed-facades/product';
import { ConcreteProductsController } from './concrete-products.controller.js';

/** Storefront `concrete-products` resource. */
@Module({
  imports: [CatalogStorageModule, ProductModule],
  providers: [AbstractProductConcreteProductsRelationship],
  controllers: [ConcreteProductsController],
})
export class ConcreteProductsApiModule {}
