import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { StockWriter } from './business/stock.writer.js';
import { STOCK_ENTITIES } from './persistence/stock-entities.js';
import { StockReader } from './persistence/stock.reader.js';
import { StockRepository } from './persistence/stock.repository.js';
import { StockFacade } from './stock.facade.js';

@Module({
  exports: [StockFacade],
  imports: [CatalogStorageModule, TypeOrmModule.forFeature([...STOCK_ENTITIES])],
  providers: [StockFacade, StockReader, StockRepository, StockWriter],
})
export class StockModule {}
