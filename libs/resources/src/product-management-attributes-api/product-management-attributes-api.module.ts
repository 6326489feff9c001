import { Module } from '@nestjs/common';
import { ProductAttributeModule } from '#zed-facades/product-attribute';
import { ProductManagementAttributesController } from './product-management-attributes.controller.js';

/** Storefront `product-management-attributes` resource (Glue: `ProductAttributesRestApi`). */
@Module({
  imports: [ProductAttributeModule],
  controllers: [ProductManagementAttributesController],
})
export class ProductManagementAttributesApiModule {}
