import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OAuthModule } from '#zed-facades/oauth';
import { SecurityModule } from '#zed-facades/security';
import { UserWriter } from './business/user.writer.js';
import { USER_ENTITIES } from './persistence/user-entities.js';
import { UserReader } from './persistence/user.reader.js';
import { UserFacade } from './user.facade.js';

@Module({
  exports: [UserFacade],
  imports: [OAuthModule, SecurityModule, TypeOrmModule.forFeature([...USER_ENTITIES])],
  providers: [UserFacade, UserReader, UserWriter],
})
export class UserModule {}
