import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OauthFacade } from './oauth.facade.js';
import { OAUTH_ENTITIES } from './persistence/oauth-entities.js';

@Module({
  exports: [OauthFacade],
  imports: [TypeOrmModule.forFeature([...OAUTH_ENTITIES])],
  providers: [OauthFacade],
})
export class OauthModule {}
