import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProductImageSetReader } from './persistence/product-image-set.reader.js';
import { PRODUCT_IMAGE_ENTITIES } from './persistence/product-image-entities.js';
import { ProductImageFacade } from './product-image.facade.js';

@Module({
  exports: [ProductImageFacade],
  imports: [TypeOrmModule.forFeature([...PRODUCT_IMAGE_ENTITIES])],
  providers: [ProductImageFacade, ProductImageSetReader],
})
export class ProductImageModule {}
