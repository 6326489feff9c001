import { Module } from '@nestjs/common';
import { PasswordHasher } from './password-hasher.js';

@Module({
  exports: [PasswordHasher],
  providers: [PasswordHasher],
})
export class SecurityModule {}
