import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PRICE_PRODUCT_ENTITIES } from './persistence/price-product-entities.js';
import { PriceProductReader } from './persistence/price-product.reader.js';
import { PriceProductFacade } from './price-product.facade.js';

@Module({
  exports: [PriceProductFacade],
  imports: [TypeOrmModule.forFeature([...PRICE_PRODUCT_ENTITIES])],
  providers: [PriceProductFacade, PriceProductReader],
})
export class PriceProductModule {}
