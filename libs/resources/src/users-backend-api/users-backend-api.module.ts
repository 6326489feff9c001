import { Module } from '@nestjs/common';
import { UserModule } from '#zed-facades/user';
import { UsersController } from './users.controller.js';

/** Backend `users` resource: back-office users, administered by admins. */
@Module({ imports: [UserModule], controllers: [UsersController] })
export class UsersBackendApiModule {}
