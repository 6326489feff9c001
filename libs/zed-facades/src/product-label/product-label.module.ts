import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PRODUCT_LABEL_ENTITIES } from './persistence/product-label-entities.js';
import { ProductLabelReader } from './persistence/product-label.reader.js';
import { ProductLabelFacade } from './product-label.facade.js';

@Module({
  exports: [ProductLabelFacade],
  imports: [TypeOrmModule.forFeature([...PRODUCT_LABEL_ENTITIES])],
  providers: [ProductLabelFacade, ProductLabelReader],
})
export class ProductLabelModule {}
