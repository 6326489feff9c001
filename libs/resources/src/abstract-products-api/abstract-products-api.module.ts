import { Module } from '@nestjs/common';
import {
  CatalogSearchAbstractProductsRelationship,
  CatalogSearchSuggestionsAbstractProductsRelationship,
} from './relationships/catalog-search-abstract-products.relationship.js';
import { ConcreteProductAbstractProductsRelationship } from './relationships/concrete-product-abstract-products.relationship.js';
import { ProductModule } from '#zed-facades/product';
import { AbstractProductsController } from './abstract-products.controller.js';

/** Storefront `abstract-products` resource. */
@Module({
  imports: [ProductModule],
  providers: [
    CatalogSearchAbstractProductsRelationship,
    CatalogSearchSuggestionsAbstractProductsRelationship,
    ConcreteProductAbstractProductsRelationship,
  ],
  controllers: [AbstractProductsController],
})
export class AbstractProductsApiModule {}
