import { Get, Param } from '@nestjs/common';
import { Glue, GlueResource, Public, PublicCache, type GlueRequest } from '#glue-core';
import { requestLocale, catalogNotFound } from '#resources/shared/catalog';
import { ProductLabelFacade } from '#zed-facades/product-label';
import {
  PRODUCT_LABEL_NOT_FOUND_CODE,
  PRODUCT_LABELS_TYPE,
  ProductLabelAttributesSchema,
  toProductLabelResource,
  type ProductLabelResource,
} from './product-labels.mapper.js';

/**
 * One product label in the negotiated locale. A label that is inactive or outside its validity window
 * does not exist on the storefront (404; Glue mode: code `1201`).
 */
@GlueResource({
  type: PRODUCT_LABELS_TYPE,
  noun: { one: 'a product label', by: 'id' },
  attributes: ProductLabelAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class ProductLabelsController {
  constructor(private readonly productLabelFacade: ProductLabelFacade) {}

  @Get(':id')
  @Public()
  @PublicCache()
  async get(@Glue() request: GlueRequest, @Param('id') id: string): Promise<ProductLabelResource> {
    const [label] = await this.productLabelFacade.findProductLabelsByIds([id], requestLocale(request));
    if (!label) {
      throw catalogNotFound(`Product label "${id}" does not exist.`, PRODUCT_LABEL_NOT_FOUND_CODE);
    }
    return toProductLabelResource(label);
  }
}
