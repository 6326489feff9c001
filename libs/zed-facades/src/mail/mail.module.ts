import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailFacade } from './mail.facade.js';
import { MAIL_ENTITIES } from './persistence/mail-entities.js';

@Module({
  exports: [MailFacade],
  imports: [TypeOrmModule.forFeature([...MAIL_ENTITIES])],
  providers: [MailFacade],
})
export class MailModule {}
