import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoryFacade } from './category.facade.js';
import { CATEGORY_ENTITIES } from './persistence/category-entities.js';
import { CategoryNodeReader } from './persistence/category-node.reader.js';

@Module({
  exports: [CategoryFacade],
  imports: [TypeOrmModule.forFeature([...CATEGORY_ENTITIES])],
  providers: [CategoryFacade, CategoryNodeReader],
})
export class CategoryModule {}
