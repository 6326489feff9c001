import { Get, Param } from '@nestjs/common';
import {
  collection,
  Glue,
  GlueResource,
  Public,
  PublicCache,
  type GlueCollection,
  type GlueRequest,
} from '#glue-core';
import {
  ABSTRACT_PRODUCTS_TYPE,
  ImageSetsAttributesSchema,
  requestLocale,
  requireActiveProduct,
  type ImageSetsAttributes,
} from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import { ABSTRACT_PRODUCT_IMAGE_SETS_TYPE } from './abstract-product-image-sets.mapper.js';
import { AbstractProductAbstractProductImageSetsRelationship } from './relationships/abstract-product-abstract-product-image-sets.relationship.js';

/** The image sets of an active abstract product in the negotiated locale: a collection of one, as Glue. */
@GlueResource({
  type: ABSTRACT_PRODUCT_IMAGE_SETS_TYPE,
  noun: { one: 'an image set of an abstract product', many: 'the image sets of an abstract product' },
  path: `${ABSTRACT_PRODUCTS_TYPE}/:sku/${ABSTRACT_PRODUCT_IMAGE_SETS_TYPE}`,
  attributes: ImageSetsAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class AbstractProductImageSetsController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly relationship: AbstractProductAbstractProductImageSetsRelationship,
  ) {}

  @Get()
  @Public()
  @PublicCache()
  async list(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueCollection<ImageSetsAttributes>> {
    const locale = requestLocale(request);
    const [found] = await this.productFacade.findAbstractProductsBySkus([sku], locale);
    const product = requireActiveProduct(found, 'Abstract product', sku);
    const resources = (await this.relationship.ofProducts([product], request)).get(product.sku) ?? [];
    return collection(resources, resources.length);
  }
}
