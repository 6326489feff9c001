import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PRODUCT_ATTRIBUTE_ENTITIES } from './persistence/product-attribute-entities.js';
import { ProductManagementAttributeReader } from './persistence/product-management-attribute.reader.js';
import { ProductAttributeFacade } from './product-attribute.facade.js';

@Module({
  exports: [ProductAttributeFacade],
  imports: [TypeOrmModule.forFeature([...PRODUCT_ATTRIBUTE_ENTITIES])],
  providers: [ProductAttributeFacade, ProductManagementAttributeReader],
})
export class ProductAttributeModule {}
