import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { PriceWriter } from './business/price.writer.js';
import { PRICE_PRODUCT_ENTITIES } from './persistence/price-product-entities.js';
import { PriceProductReader } from './persistence/price-product.reader.js';
import { PriceProductRepository } from './persistence/price-product.repository.js';
import { PriceProductFacade } from './price-product.facade.js';

@Module({
  exports: [PriceProductFacade],
  imports: [CatalogStorageModule, TypeOrmModule.forFeature([...PRICE_PRODUCT_ENTITIES])],
  providers: [PriceProductFacade, PriceProductReader, PriceProductRepository, PriceWriter],
})
export class PriceProductModule {}
