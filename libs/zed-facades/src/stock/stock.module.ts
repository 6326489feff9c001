import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { STOCK_ENTITIES } from './persistence/stock-entities.js';
import { StockReader } from './persistence/stock.reader.js';
import { StockFacade } from './stock.facade.js';

@Module({
  exports: [StockFacade],
  imports: [TypeOrmModule.forFeature([...STOCK_ENTITIES])],
  providers: [StockFacade, StockReader],
})
export class StockModule {}
