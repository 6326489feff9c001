import { Module } from '@nestjs/common';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { CategoryNodesController } from './category-nodes.controller.js';
import { AbstractProductCategoryNodesRelationship } from './relationships/abstract-product-category-nodes.relationship.js';

/** Storefront `category-nodes` resource and the `abstract-products` relationship to it. */
@Module({
  imports: [CatalogStorageModule],
  providers: [AbstractProductCategoryNodesRelationship],
  controllers: [CategoryNodesController],
})
export class CategoryNodesApiModule {}
