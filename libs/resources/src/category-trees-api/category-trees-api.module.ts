import { Module } from '@nestjs/common';
import { CategoryModule } from '#zed-facades/category';
import { CategoryTreesController } from './category-trees.controller.js';

/** Storefront `category-trees` resource. */
@Module({
  imports: [CategoryModule],
  controllers: [CategoryTreesController],
})
export class CategoryTreesApiModule {}
