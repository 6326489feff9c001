import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { STORE_ENTITIES } from './persistence/store-entities.js';
import { StoreReader } from './persistence/store.reader.js';
import { StoreFacade } from './store.facade.js';

@Module({
  exports: [StoreFacade],
  imports: [TypeOrmModule.forFeature([...STORE_ENTITIES])],
  providers: [StoreFacade, StoreReader],
})
export class StoreModule {}
