import { Delete, Get, HttpCode, Module, Param, Patch, Post } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import {
  ApiOperation,
  collection,
  CollectionQuery,
  Glue,
  GlueAttributes,
  GlueHttpException,
  GlueResource,
  Public,
  Nullable,
  Scopes,
  type Attributes,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';

export class PartnerOfferAttributes {
  @IsString() @Length(1, 40) readonly title!: string;
  @IsInt() @Min(0) readonly priceCents!: number;
  @IsOptional() @IsString() readonly note?: string;
}

const PartnerOfferSchema = Type.Object({ title: Type.String(), priceCents: Type.Integer() });

type PartnerOffer = Attributes<typeof PartnerOfferSchema>;

const OFFERS: readonly (PartnerOffer & { id: string })[] = Array.from({ length: 7 }, (_, index) => ({
  id: `offer-${index + 1}`,
  title: `Offer ${index + 1}`,
  priceCents: 1000 * (index + 1),
}));

function toResource(offer: PartnerOffer & { id: string }): GlueResourceObject<PartnerOffer> {
  return {
    type: 'partner-offers',
    id: offer.id,
    attributes: { title: offer.title, priceCents: offer.priceCents },
  };
}

/** A resource that exists only in the partner application, served in HAL, JSON:API and plain JSON. */
@GlueResource({
  type: 'partner-offers',
  noun: { one: 'a partner offer', many: 'the partner offers', by: 'id' },
  attributes: PartnerOfferSchema,
  conventions: ['hal', 'json-api', 'none'],
})
export class PartnerOffersController {
  @Get()
  @Public()
  @CollectionQuery({
    sort: ['title', 'priceCents'],
    filters: ['title'],
    page: { defaultLimit: 3, maxLimit: 5 },
  })
  list(@Glue() request: GlueRequest): GlueCollection<PartnerOffer> {
    const page = request.pagination ?? { offset: 0, limit: 3 };
    return collection(OFFERS.slice(page.offset, page.offset + page.limit).map(toResource), OFFERS.length);
  }

  @Get(':id')
  @Public()
  get(@Param('id') id: string): GlueResourceObject<PartnerOffer> {
    const offer = OFFERS.find((candidate) => candidate.id === id);
    if (!offer) throw GlueHttpException.notFound(`Partner offer "${id}" does not exist.`);
    return toResource(offer);
  }

  @Post()
  @Public()
  create(@GlueAttributes() attributes: PartnerOfferAttributes): GlueResourceObject<PartnerOffer> {
    return { ...toResource({ id: 'offer-new', ...attributes }), selfPath: '/partner-offers/offer-new' };
  }

  @Patch(':id')
  @Public()
  update(
    @Param('id') id: string,
    @GlueAttributes() attributes: PartnerOfferAttributes,
  ): GlueResourceObject<PartnerOffer> {
    return toResource({ id, ...attributes });
  }

  @Delete(':id')
  @HttpCode(204)
  @Scopes('partner:write')
  remove(): void {}

  @Get(':id/explode')
  @ApiOperation({ summary: 'Fail on purpose with an unexpected error' })
  @Public()
  explode(): never {
    throw new Error('database password=hunter2 leaked in a stack trace');
  }
}

const PartnerTermsSchema = Type.Object({ version: Nullable(Type.String()) });

/** A versioned resource: the `version=` media type parameter selects what the handler sees. */
@GlueResource({
  type: 'partner-terms',
  noun: { one: 'the partner terms', by: 'id' },
  attributes: PartnerTermsSchema,
  conventions: ['json-api'],
  versions: ['1.0', '2.0'],
})
export class PartnerTermsController {
  @Get(':id')
  @Public()
  get(
    @Glue() request: GlueRequest,
    @Param('id') id: string,
  ): GlueResourceObject<Attributes<typeof PartnerTermsSchema>> {
    return { type: 'partner-terms', id, attributes: { version: request.version } };
  }
}

@Module({ controllers: [PartnerOffersController, PartnerTermsController] })
export class PartnerOffersPartnerApiModule {}
