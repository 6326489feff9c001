import { ProductLabelLocalizedAttributesEntity } from './product-label-localized-attributes.entity.js';
import { ProductLabelProductAbstractEntity } from './product-label-product-abstract.entity.js';
import { ProductLabelEntity } from './product-label.entity.js';

export const PRODUCT_LABEL_ENTITIES = [
  ProductLabelEntity,
  ProductLabelLocalizedAttributesEntity,
  ProductLabelProductAbstractEntity,
] as const;
