import { Module, type DynamicModule } from '@nestjs/common';
import { StoreModule } from '#zed-facades/store';
import {
  STORE_CONTEXT_OPTIONS,
  StoreContextResolver,
  type StoreContextOptions,
} from './store-context.resolver.js';

/** Provides `StoreContextResolver` for `GlueApplicationModule.forRoot({ storeResolver })`. */
@Module({})
export class StoreContextModule {
  static forRoot(options: StoreContextOptions): DynamicModule {
    return {
      module: StoreContextModule,
      imports: [StoreModule],
      providers: [{ provide: STORE_CONTEXT_OPTIONS, useValue: options }, StoreContextResolver],
      exports: [StoreContextResolver],
    };
  }
}
