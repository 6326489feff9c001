import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionWriter } from './business/session.writer.js';
import { OAuthFacade } from './oauth.facade.js';
import { OAUTH_ENTITIES } from './persistence/oauth-entities.js';
import { SessionRevocationSubscriber } from './persistence/session-revocation.subscriber.js';

@Module({
  exports: [OAuthFacade, SessionWriter],
  imports: [TypeOrmModule.forFeature([...OAUTH_ENTITIES])],
  providers: [OAuthFacade, SessionRevocationSubscriber, SessionWriter],
})
export class OAuthModule {}
