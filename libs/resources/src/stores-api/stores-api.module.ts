import { Module } from '@nestjs/common';
import { StoreModule } from '#zed-facades/store';
import { StoresController } from './stores.controller.js';

/** Storefront `stores` resource. */
@Module({ imports: [StoreModule], controllers: [StoresController] })
export class StoresApiModule {}
