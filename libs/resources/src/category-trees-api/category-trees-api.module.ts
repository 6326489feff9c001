import { Module } from '@nestjs/common';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { CategoryTreesController } from './category-trees.controller.js';

/** Storefront `category-trees` resource. */
@Module({
  imports: [CatalogStorageModule],
  controllers: [CategoryTreesController],
})
export class CategoryTreesApiModule {}
