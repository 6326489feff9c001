import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '#zed-facades/mail';
import { OAuthModule } from '#zed-facades/oauth';
import { SecurityModule } from '#zed-facades/security';
import { StoreModule } from '#zed-facades/store';
import { CustomerAddressWriter } from './business/customer-address.writer.js';
import { CustomerAnonymizer } from './business/customer-anonymizer.js';
import { CustomerRegistrationWriter } from './business/customer-registration.writer.js';
import { CustomerWriter } from './business/customer.writer.js';
import { CustomerFacade } from './customer.facade.js';
import { CUSTOMER_ENTITIES } from './persistence/customer-entities.js';
import { CustomerReader } from './persistence/customer.reader.js';

@Module({
  exports: [CustomerFacade],
  imports: [
    MailModule,
    OAuthModule,
    SecurityModule,
    StoreModule,
    TypeOrmModule.forFeature([...CUSTOMER_ENTITIES]),
  ],
  providers: [
    CustomerAddressWriter,
    CustomerAnonymizer,
    CustomerFacade,
    CustomerReader,
    CustomerRegistrationWriter,
    CustomerWriter,
  ],
})
export class CustomerModule {}
