import { Module } from '@nestjs/common';
import {
  CatalogSearchAbstractProductsRelationship,
  CatalogSearchSuggestionsAbstractProductsRelationship,
} from './relationships/catalog-search-abstract-products.relationship.js';
import { ConcreteProductAbstractProductsRelationship } from './relationships/concrete-product-abstract-products.relationship.js';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { ProductModule } from '#zed-facades/product';
import { AbstractProductsController } from './abstract-products.controller.js';

/** Storefront `abstract-products` resource. */
@Module({
  imports: [CatalogStorageModule, ProductModule],
  providers: [
    CatalogSearchAbstractProductsRelationship,
    CatalogSearchSuggestionsAbstractProductsRelationship,
    ConcreteProductAbstractProductsRelationship,
  ],
  controllers: [AbstractProductsController],
})
export class AbstractProductsApiModule {}
