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
  CONCRETE_PRODUCTS_TYPE,
  ImageSetsAttributesSchema,
  requestLocale,
  requireActiveProduct,
  type ImageSetsAttributes,
} from '#resources/shared/catalog';
import { ProductFacade } from '#zed-facades/product';
import { CONCRETE_PRODUCT_IMAGE_SETS_TYPE } from './concrete-product-image-sets.mapper.js';
import { ConcreteProductConcreteProductImageSetsRelationship } from './relationships/concrete-product-concrete-product-image-sets.relationship.js';

/** The image sets of an active concrete product in the negotiated locale: a collection of one, as Glue. */
@GlueResource({
  type: CONCRETE_PRODUCT_IMAGE_SETS_TYPE,
  noun: { one: 'an image set of a concrete product', many: 'the image sets of a concrete product' },
  path: `${CONCRETE_PRODUCTS_TYPE}/:sku/${CONCRETE_PRODUCT_IMAGE_SETS_TYPE}`,
  attributes: ImageSetsAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ConcreteProductImageSetsController {
  constructor(
    private readonly productFacade: ProductFacade,
    private readonly relationship: ConcreteProductConcreteProductImageSetsRelationship,
  ) {}

  @Get()
  @Public()
  @PublicCache()
  async list(
    @Glue() request: GlueRequest,
    @Param('sku') sku: string,
  ): Promise<GlueCollection<ImageSetsAttributes>> {
    const locale = requestLocale(request);
    const [found] = await this.productFacade.findConcreteProductsBySkus([sku], locale);
    const product = requireActiveProduct(found, 'Concrete product', sku);
    const resources = (await this.relationship.ofProducts([product], request)).get(product.sku) ?? [];
    return collection(resources, resources.length);
  }
}
