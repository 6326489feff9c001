import { Get, Module, Param } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import {
  GlueHttpException,
  GlueResource,
  Public,
  type Attributes,
  type GlueResourceObject,
} from '#glue-core';
import { StoreFacade, StoreModule } from '#zed-facades/store';

const PartnerStoreSchema = Type.Object({ timezone: Type.String(), defaultCurrency: Type.String() });

type PartnerStore = Attributes<typeof PartnerStoreSchema>;

/**
 * A resource of the partner application that reads the commerce core through a facade: what a
 * project's own resource does, and why its e2e suite starts the application on a throwaway database.
 */
@GlueResource({
  type: 'partner-stores',
  noun: { one: 'a partner store', by: 'name' },
  attributes: PartnerStoreSchema,
  conventions: ['json-api'],
})
export class PartnerStoresController {
  constructor(private readonly storeFacade: StoreFacade) {}

  @Get(':name')
  @Public()
  async get(@Param('name') name: string): Promise<GlueResourceObject<PartnerStore>> {
    const store = await this.storeFacade.findStoreByName(name);
    if (!store) throw GlueHttpException.notFound(`Store "${name}" does not exist.`);
    return {
      type: 'partner-stores',
      id: store.name,
      attributes: { timezone: store.timezone, defaultCurrency: store.defaultCurrency },
    };
  }
}

@Module({ imports: [StoreModule], controllers: [PartnerStoresController] })
export class PartnerStoresPartnerApiModule {}
