import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityModule } from '#zed-facades/security';
import { CustomerAddressWriter } from './business/customer-address.writer.js';
import { CustomerWriter } from './business/customer.writer.js';
import { CustomerFacade } from './customer.facade.js';
import { CUSTOMER_ENTITIES } from './persistence/customer-entities.js';
import { CustomerReader } from './persistence/customer.reader.js';

@Module({
  exports: [CustomerFacade],
  imports: [TypeOrmModule.forFeature([...CUSTOMER_ENTITIES]), SecurityModule],
  providers: [CustomerAddressWriter, CustomerFacade, CustomerReader, CustomerWriter],
})
export class CustomerModule {}
