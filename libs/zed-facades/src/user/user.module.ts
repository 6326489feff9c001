import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityModule } from '#zed-facades/security';
import { UserWriter } from './business/user.writer.js';
import { USER_ENTITIES } from './persistence/user-entities.js';
import { UserReader } from './persistence/user.reader.js';
import { UserFacade } from './user.facade.js';

@Module({
  exports: [UserFacade],
  imports: [TypeOrmModule.forFeature([...USER_ENTITIES]), SecurityModule],
  providers: [UserFacade, UserReader, UserWriter],
})
export class UserModule {}
