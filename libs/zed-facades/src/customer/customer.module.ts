import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OauthModule } from '#zed-facades/oauth';
import { SecurityModule } from '#zed-facades/security';
import { CustomerAddressWriter } from './business/customer-address.writer.js';
import { CustomerWriter } from './business/customer.writer.js';
import { CustomerFacade } from './customer.facade.js';
import { CUSTOMER_ENTITIES } from './persistence/customer-entities.js';
import { CustomerReader } from './persistence/customer.reader.js';

@Module({
  exports: [CustomerFacade],
  imports: [OauthModule, SecurityModule, TypeOrmModule.forFeature([...CUSTOMER_ENTITIES])],
  providers: [CustomerAddressWriter, CustomerFacade, CustomerReader, CustomerWriter],
})
export class CustomerModule {}
