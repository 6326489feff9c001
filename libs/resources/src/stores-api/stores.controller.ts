import { Get, Param } from '@nestjs/common';
import {
  collection,
  CollectionQuery,
  Glue,
  GlueResource,
  Public,
  PublicCache,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { requirePagination } from '#resources/shared/collection';
import { notFoundWithCode } from '#resources/shared/domain-errors';
import { StoreFacade } from '#zed-facades/store';
import {
  STORE_NOT_FOUND,
  STORES_TYPE,
  StoreAttributesSchema,
  toStoreResource,
  type StoreAttributes,
} from './stores.mapper.js';

/** The shop's stores with their locales, currencies, countries and time zone. An unknown store: 404 `601`. */
@GlueResource({
  type: STORES_TYPE,
  noun: { one: 'a store', many: 'the stores', by: 'name' },
  attributes: StoreAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class StoresController {
  constructor(private readonly storeFacade: StoreFacade) {}

  @Get()
  @Public()
  @PublicCache()
  @CollectionQuery({ page: { defaultLimit: 50, maxLimit: 100 } })
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<StoreAttributes>> {
    const stores = await this.storeFacade.getStores();
    const { offset, limit } = requirePagination(request);
    return collection(stores.slice(offset, offset + limit).map(toStoreResource), stores.length);
  }

  @Get(':name')
  @Public()
  @PublicCache()
  async get(@Param('name') name: string): Promise<GlueResourceObject<StoreAttributes>> {
    const store = await this.storeFacade.findStoreByName(name);
    if (!store) throw notFoundWithCode(STORE_NOT_FOUND.detail, STORE_NOT_FOUND.code);
    return toStoreResource(store);
  }
}
