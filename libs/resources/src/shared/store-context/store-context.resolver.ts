import { Inject, Injectable } from '@nestjs/common';
import type { GlueStore, GlueStoreResolver } from '#glue-core';
import { StoreFacade } from '#zed-facades/store';

export interface StoreContextOptions {
  /** The store a request without a `Store` header uses. */
  readonly defaultStore: string;
  /** How long store definitions are reused before they are read again. */
  readonly cacheTtlMs?: number;
}

export const STORE_CONTEXT_OPTIONS = Symbol('STORE_CONTEXT_OPTIONS');

/**
 * Gives the pipeline the stores of the commerce core. Stores change rarely and every request
 * needs one, so definitions are cached briefly per process (nothing a second process relies on).
 */
@Injectable()
export class StoreContextResolver implements GlueStoreResolver {
  private cache: { readonly stores: ReadonlyMap<string, GlueStore>; readonly expiresAt: number } | null =
    null;
  private loading: Promise<ReadonlyMap<string, GlueStore>> | null = null;

  constructor(
    private readonly storeFacade: StoreFacade,
    @Inject(STORE_CONTEXT_OPTIONS) private readonly options: StoreContextOptions,
  ) {}

  get defaultStoreName(): string {
    return this.options.defaultStore;
  }

  async findStore(name: string): Promise<GlueStore | null> {
    const stores = await this.stores();
    return stores.get(name) ?? null;
  }

  private async stores(): Promise<ReadonlyMap<string, GlueStore>> {
    if (this.cache && this.cache.expiresAt > Date.now()) return this.cache.stores;
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<ReadonlyMap<string, GlueStore>> {
    const stores = new Map(
      (await this.storeFacade.getStores()).map((store) => [
        store.name,
        { name: store.name, locales: store.locales, defaultLocale: store.defaultLocale },
      ]),
    );
    this.cache = { stores, expiresAt: Date.now() + (this.options.cacheTtlMs ?? 30_000) };
    return stores;
  }
}
