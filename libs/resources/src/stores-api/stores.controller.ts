import { Get, Param } from '@nestjs/common';
import {
  collection,
  CollectionQuery,
  Glue,
  GlueHttpException,
  GlueResource,
  Public,
  PublicCache,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { requirePagination } from '#resources/shared/collection';
import { StoreFacade } from '#zed-facades/store';
import {
  STORES_TYPE,
  StoreAttributesSchema,
  toStoreResource,
  type StoreAttributes,
} from './stores.mapper.js';

/** The shop's stores with their locales, currencies, countries and time zone. */
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
    if (!store) throw GlueHttpException.notFound(`Store "${name}" does not exist.`);
    return toStoreResource(store);
  }
}
