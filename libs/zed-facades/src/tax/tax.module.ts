import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TAX_ENTITIES } from './persistence/tax-entities.js';
import { TaxSetReader } from './persistence/tax-set.reader.js';
import { TaxFacade } from './tax.facade.js';

@Module({
  exports: [TaxFacade],
  imports: [TypeOrmModule.forFeature([...TAX_ENTITIES])],
  providers: [TaxFacade, TaxSetReader],
})
export class TaxModule {}
