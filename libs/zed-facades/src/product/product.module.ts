import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { ProductWriter } from './business/product.writer.js';
import { AbstractProductReader } from './persistence/abstract-product.reader.js';
import { ConcreteProductReader } from './persistence/concrete-product.reader.js';
import { PRODUCT_ENTITIES } from './persistence/product-entities.js';
import { ProductIdPageReader } from './persistence/product-id-page.reader.js';
import { ProductReader } from './persistence/product.reader.js';
import { ProductFacade } from './product.facade.js';

@Module({
  exports: [ProductFacade],
  imports: [CatalogStorageModule, TypeOrmModule.forFeature([...PRODUCT_ENTITIES])],
  providers: [
    AbstractProductReader,
    ConcreteProductReader,
    ProductFacade,
    ProductIdPageReader,
    ProductReader,
    ProductWriter,
  ],
})
export class ProductModule {}
